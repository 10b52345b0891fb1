/**
 * Turns a lexicon match or an actor mention, plus its voice, into a `Finding` that
 * says why it was flagged: the pattern, each context condition that held, and the
 * entry's sources.
 */
import type { Finding } from '../analysis-schema';
import type { ActorMention } from '../actors/actor-mention';
import type { Speaker } from '../actors/resolve-speakers';
import type { EntryFinding } from '../lexicon/find-entries';
import type { ScanContext } from '../lexicon/scan-context';
import type { LexiconPack } from '../lexicon/compiled-lexicon';
import type { ContextRule } from '../lexicon/schema';
import type { VoiceResult } from '../voice/assign-voice';

/** Voice and speaker for one finding. */
export interface Attribution {
  voice: VoiceResult;
  speaker: Speaker | null;
}

function sentenceSpan(ctx: ScanContext, firstToken: number): { start: number; end: number } {
  const s = ctx.sentences[ctx.sentenceOf[firstToken] ?? 0];
  return { start: s?.start ?? 0, end: s?.end ?? 0 };
}

function ruleId(kind: string, id: string, rules: readonly ContextRule[] | undefined): string {
  const parts = (rules ?? []).map((r) => ('kinds' in r ? `${r.type}:${r.kinds.join('+')}` : r.type));
  return [`${kind}:${id}`, ...parts].join('/');
}

/** The speaker of a finding that has an attribution (none for narration). */
function attributedSpeaker(a: Attribution): Speaker | null {
  return a.voice.event ? a.speaker : null;
}

/** A finding for an entry of a pack (term, place or known actor). */
export function entryFinding(ctx: ScanContext, f: EntryFinding, a: Attribution, mention: ActorMention | null): Finding | null {
  const pack = ctx.lexicon.packs[f.pack] as LexiconPack | undefined;
  const entry = pack?.entries[f.entry];
  if (!pack || !entry) return null;
  const text = ctx.source.slice(f.start, f.end);
  const loaded = entry.kind === 'term' && 'always' in pack.activation;
  const description = [`"${text}" matches "${f.pattern}" (${pack.title} pack)`, ...f.conditions].join('; ');
  const name = entry.kind === 'place' ? entry.names[f.name] : undefined;
  const speaker = attributedSpeaker(a);
  // One object literal, then the fields of its kind, instead of spreading a shared base into each kind's
  // literal: this runs once per finding. The field order (and so the JSON) is the same.
  const finding: Finding = {
    kind: entry.kind,
    category: loaded ? 'loaded' : entry.kind,
    entryId: entry.id,
    packId: pack.id,
    text,
    start: f.start,
    end: f.end,
    voice: a.voice.voice,
    speaker: speaker?.id ?? (speaker ? speaker.text : null),
    speakerText: speaker ? speaker.text : null,
    reason: { pattern: f.pattern, conditions: f.conditions, description },
    sources: entry.sources.map((s) => ({ title: s.title, url: s.url })),
    sentence: sentenceSpan(ctx, f.first),
    rule: entry.kind === 'term' ? ruleId('term', entry.id, entry.context) : entry.kind === 'place' ? `place:${entry.id}/name:${name?.name ?? ''}` : `actor:${entry.id}/name`,
    alignsWith: entry.kind === 'term' ? [...entry.alignsWith] : entry.kind === 'place' ? [...(name?.alignsWith ?? [])] : [],
  };
  if (entry.kind === 'place') {
    finding.placeName = { name: name?.name ?? text, usedBy: [...(name?.usedBy ?? [])] };
  } else if (entry.kind === 'actor') {
    finding.actorType = entry.actorType;
    finding.role = mention?.role ?? entry.role;
  }
  return finding;
}

/** A finding for an unknown actor (found from a role or as a speaker). */
export function unknownActorFinding(ctx: ScanContext, m: ActorMention, a: Attribution): Finding {
  const text = ctx.source.slice(m.start, m.end);
  const how = m.via === 'role' ? `introduced with the role "${m.role ?? ''}"` : 'named as a speaker';
  const affiliation = m.affiliation ? `; belongs to ${m.affiliation}` : '';
  const speaker = attributedSpeaker(a);
  return {
    kind: 'actor',
    category: 'actor',
    entryId: m.id,
    packId: null,
    text,
    start: m.start,
    end: m.end,
    voice: a.voice.voice,
    speaker: speaker?.id ?? (speaker ? speaker.text : null),
    speakerText: speaker ? speaker.text : null,
    rule: `actor:unknown/${m.via}`,
    reason: { pattern: text, conditions: [how], description: `"${text}" is not in any pack, but is ${how}${affiliation}` },
    alignsWith: [],
    actorType: 'unknown',
    ...(m.role ? { role: m.role } : {}),
    sources: [],
    sentence: sentenceSpan(ctx, m.first),
  };
}
