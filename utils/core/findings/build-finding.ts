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

function voiceFields(ctx: ScanContext, a: Attribution): Pick<Finding, 'voice' | 'speaker' | 'speakerText'> {
  const speaker = a.voice.event ? a.speaker : null;
  return {
    voice: a.voice.voice,
    speaker: speaker?.id ?? (speaker ? speaker.text : null),
    speakerText: speaker ? speaker.text : null,
  };
}

/** A finding for an entry of a pack (term, place or known actor). */
export function entryFinding(ctx: ScanContext, f: EntryFinding, a: Attribution, mention: ActorMention | null): Finding | null {
  const pack = ctx.lexicon.packs[f.pack] as LexiconPack | undefined;
  const entry = pack?.entries[f.entry];
  if (!pack || !entry) return null;
  const text = ctx.source.slice(f.start, f.end);
  const loaded = entry.kind === 'term' && 'always' in pack.activation;
  const description = [`"${text}" matches "${f.pattern}" (${pack.title} pack)`, ...f.conditions].join('; ');
  const base = {
    kind: entry.kind,
    category: loaded ? 'loaded' : entry.kind,
    entryId: entry.id,
    packId: pack.id,
    text,
    start: f.start,
    end: f.end,
    ...voiceFields(ctx, a),
    reason: { pattern: f.pattern, conditions: f.conditions, description },
    sources: entry.sources.map((s) => ({ title: s.title, url: s.url })),
    sentence: sentenceSpan(ctx, f.first),
  } as const;
  if (entry.kind === 'term') {
    return { ...base, rule: ruleId('term', entry.id, entry.context), alignsWith: [...entry.alignsWith] };
  }
  if (entry.kind === 'place') {
    const name = entry.names[f.name];
    return {
      ...base,
      rule: `place:${entry.id}/name:${name?.name ?? ''}`,
      alignsWith: [...(name?.alignsWith ?? [])],
      placeName: { name: name?.name ?? text, usedBy: [...(name?.usedBy ?? [])] },
    };
  }
  return {
    ...base,
    rule: `actor:${entry.id}/name`,
    alignsWith: [],
    actorType: entry.actorType,
    role: mention?.role ?? entry.role,
  };
}

/** A finding for an unknown actor (found from a role or as a speaker). */
export function unknownActorFinding(ctx: ScanContext, m: ActorMention, a: Attribution): Finding {
  const text = ctx.source.slice(m.start, m.end);
  const how = m.via === 'role' ? `introduced with the role "${m.role ?? ''}"` : 'named as a speaker';
  const affiliation = m.affiliation ? `; belongs to ${m.affiliation}` : '';
  return {
    kind: 'actor',
    category: 'actor',
    entryId: m.id,
    packId: null,
    text,
    start: m.start,
    end: m.end,
    ...voiceFields(ctx, a),
    rule: `actor:unknown/${m.via}`,
    reason: { pattern: text, conditions: [how], description: `"${text}" is not in any pack, but is ${how}${affiliation}` },
    alignsWith: [],
    actorType: 'unknown',
    ...(m.role ? { role: m.role } : {}),
    sources: [],
    sentence: sentenceSpan(ctx, m.first),
  };
}
