/**
 * Resolves each attribution's speaker phrase to an actor: a known actor at the phrase's
 * head ("Defence Ministry spokeswoman Shushan Stepanyan"), an unknown actor for the rest
 * of the phrase after a known one ("Azerbaijan's | Defence Ministry", affiliated with
 * Azerbaijan), an unknown actor for an unknown name, or, for pronouns, the most recent
 * compatible speaker or actor.
 */
import { unknownMention, type ActorMention } from './actor-mention';
import type { ScanContext } from '../lexicon/scan-context';
import type { SpeechEvent } from '../voice/speech-events';
import { CONDUIT_NOUNS, GENERIC_SPEAKER_HEADS, QUANTIFIERS, ROLE_NOUNS, SPEAKER_NOUNS } from '../voice/speech-words';
import { foldKey } from '../text/tokenize';

/** How many sentences back a pronoun ("he said") may reach for its speaker. */
const PRONOUN_REACH_SENTENCES = 4;

/** Who speaks in one attribution. */
export interface Speaker {
  /** Actor id (known entry id or "unknown:<slug>"), or null when unresolved. */
  id: string | null;
  /** The speaker as written. */
  text: string;
  /** Party id, "third-party" or "unknown". */
  side: string;
  mention: ActorMention | null;
}

function phraseText(ctx: ScanContext, first: number, end: number): string {
  return ctx.source.slice(ctx.tokens[first]?.start ?? 0, ctx.tokens[end - 1]?.end ?? 0);
}

function isPerson(m: ActorMention): boolean {
  return m.actorType === 'person' || (m.actorType === 'unknown' && m.via === 'role');
}

/** An unknown actor named in full earlier whose last word is this one-word phrase ("Emmanuel Macron" … "Macron said"). */
function sameName(ctx: ScanContext, mentions: readonly ActorMention[], first: number, end: number): ActorMention | null {
  if (end - first !== 1) return null;
  const key = ctx.tokens[first]?.key;
  return mentions.find((m) => m.actorType === 'unknown' && m.endToken - m.first > 1 && ctx.tokens[m.endToken - 1]?.key === key) ?? null;
}

/** An unknown actor's name starts at its first name or role word: "a charge | Armenian officials denied". */
function trimLeadingWords(ctx: ScanContext, from: number, head: number): number {
  const capital = (i: number): boolean => {
    const t = ctx.tokens[i];
    return !!t && t.kind === 'word' && t.text.charAt(0) !== t.text.charAt(0).toLowerCase();
  };
  for (let i = from; i < head; i++) {
    const t = ctx.tokens[i];
    if (!t || capital(i) || ROLE_NOUNS.has(t.key) || SPEAKER_NOUNS.has(t.key) || t.kind === 'hyphen' || ctx.tokens[i + 1]?.kind === 'hyphen') return i;
    if (!ctx.tokens.slice(i + 1, head + 1).some((_, k) => capital(i + 1 + k))) return i; // "presidential press office": keep its modifiers
  }
  return head;
}

/** "both sides", "neither side", "sources": no actor of their own. */
function isGeneric(ctx: ScanContext, first: number, head: number): boolean {
  const before = ctx.tokens[first - 1]?.key ?? '';
  return GENERIC_SPEAKER_HEADS.has(ctx.tokens[head]?.key ?? '') || QUANTIFIERS.has(ctx.tokens[first]?.key ?? '') || QUANTIFIERS.has(before);
}

/**
 * "the ministry said", "The Azerbaijani president stressed": a definite description whose head is a
 * role or speaker noun refers to the latest actor named with that word (in its name, text or role).
 */
function definiteDescription(ctx: ScanContext, first: number, head: number, mentions: readonly ActorMention[]): ActorMention | null {
  const article = ctx.tokens[first - 1]?.key === 'the' || ctx.tokens[first]?.key === 'the';
  const headKey = ctx.tokens[head]?.key ?? '';
  if (!article || !(ROLE_NOUNS.has(headKey) || SPEAKER_NOUNS.has(headKey))) return null;
  const words = ctx.tokens.slice(first, head + 1).filter((t) => t.kind === 'word' && t.key !== 'the');
  // Every word is lower case or a modifier shared with the earlier mention ("Azerbaijani president").
  const at = ctx.tokens[first]?.start ?? 0;
  const candidates = mentions.filter((m) => m.end <= at).sort((a, b) => b.end - a.end);
  return (
    candidates.find((m) => {
      const described = foldKey(`${m.name} ${ctx.source.slice(m.start, m.end)} ${m.role ?? ''}`);
      return words.every((w) => described.includes(w.key));
    }) ?? null
  );
}

/** Resolves every event's speaker; returns the speakers by event and the unknown actors created. */
export function resolveSpeakers(
  ctx: ScanContext,
  events: readonly SpeechEvent[],
  mentions: readonly ActorMention[],
): { speakers: Map<SpeechEvent, Speaker>; unknown: ActorMention[] } {
  const speakers = new Map<SpeechEvent, Speaker>();
  const unknown: ActorMention[] = [];
  const history: { sentence: number; mention: ActorMention }[] = [];
  const all = (): ActorMention[] => [...mentions, ...unknown];
  const byFirst = new Map<number, ActorMention[]>();
  for (const m of mentions) byFirst.set(m.first, [...(byFirst.get(m.first) ?? []), m]);
  const mentionsFrom = (first: number, end: number): ActorMention[] => {
    const out: ActorMention[] = [];
    for (let i = first; i < end; i++) for (const m of byFirst.get(i) ?? []) if (m.endToken <= end) out.push(m);
    return out;
  };

  for (const event of [...events].sort((a, b) => a.cue - b.cue)) {
    const { first, end, pronoun } = event.speaker;
    // "a statement from Azerbaijan's presidential administration said": the speaker is the conduit's source.
    const head = CONDUIT_NOUNS.has(ctx.tokens[event.speaker.head]?.key ?? '') && end - 1 > event.speaker.head ? end - 1 : event.speaker.head;
    const text = phraseText(ctx, first, end);
    if (!pronoun && isGeneric(ctx, first, head)) {
      speakers.set(event, { id: null, text, side: 'unknown', mention: null });
      continue;
    }
    const described = pronoun ? null : definiteDescription(ctx, first, head, [...mentions, ...unknown]);
    if (described) {
      history.push({ sentence: event.sentence, mention: described });
      speakers.set(event, { id: described.id, text, side: described.side, mention: described });
      continue;
    }
    let mention: ActorMention | null;
    if (pronoun) {
      const wantPerson = pronoun === 'person';
      const recent = [...history].reverse().find((h) => event.sentence - h.sentence <= PRONOUN_REACH_SENTENCES && isPerson(h.mention) === wantPerson);
      const nearest = all()
        .filter((m) => m.end <= (ctx.tokens[first]?.start ?? 0) && isPerson(m) === wantPerson && m.actorType !== 'unknown')
        .sort((a, b) => b.end - a.end)[0];
      mention = recent?.mention ?? nearest ?? null;
    } else {
      const inside = [...mentionsFrom(first, end), ...unknown.filter((m) => m.first >= first && m.endToken <= end)];
      mention = inside.find((m) => m.first <= head && head < m.endToken) ?? null;
      if (!mention) {
        // Belongs to a known actor before the head ("Azerbaijan's | Defence Ministry") or after it ("office of | Arayik Harutyunyan").
        const before = inside.filter((m) => m.endToken <= head).sort((a, b) => b.endToken - a.endToken)[0] ?? null;
        const after = inside.find((m) => m.first > head && m.actorType !== 'unknown') ?? null;
        const from = trimLeadingWords(ctx, before ? before.endToken : first, head);
        const existing = unknown.find((u) => u.first === from && u.endToken === head + 1) ?? null;
        const named = existing ? null : sameName(ctx, all(), from, head + 1);
        if (named) {
          const mentionHere = { ...named, first: from, endToken: head + 1, start: ctx.tokens[from]?.start ?? 0, end: ctx.tokens[head]?.end ?? 0, via: 'speaker' as const };
          unknown.push(mentionHere);
          history.push({ sentence: event.sentence, mention: mentionHere });
          speakers.set(event, { id: named.id, text, side: named.side, mention: mentionHere });
          continue;
        }
        mention = existing ?? unknownMention(ctx, from, head + 1, 'speaker', undefined, before ?? after);
        if (mention && !existing) unknown.push(mention);
      }
    }
    if (mention && !pronoun) history.push({ sentence: event.sentence, mention });
    speakers.set(event, { id: mention?.id ?? null, text, side: mention?.side ?? 'unknown', mention });
  }
  return { speakers, unknown };
}
