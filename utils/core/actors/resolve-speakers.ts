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
    const { first, end, head, pronoun } = event.speaker;
    const text = phraseText(ctx, first, end);
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
        const before = inside.filter((m) => m.endToken <= head).sort((a, b) => b.endToken - a.endToken)[0] ?? null;
        const from = before ? before.endToken : first;
        const existing = unknown.find((u) => u.first === from && u.endToken === head + 1) ?? null;
        const named = existing ? null : sameName(ctx, all(), from, head + 1);
        if (named) {
          const mentionHere = { ...named, first: from, endToken: head + 1, start: ctx.tokens[from]?.start ?? 0, end: ctx.tokens[head]?.end ?? 0, via: 'speaker' as const };
          unknown.push(mentionHere);
          history.push({ sentence: event.sentence, mention: mentionHere });
          speakers.set(event, { id: named.id, text, side: named.side, mention: mentionHere });
          continue;
        }
        mention = existing ?? unknownMention(ctx, from, head + 1, 'speaker', undefined, before);
        if (mention && !existing) unknown.push(mention);
      }
    }
    if (mention && !pronoun) history.push({ sentence: event.sentence, mention });
    speakers.set(event, { id: mention?.id ?? null, text, side: mention?.side ?? 'unknown', mention });
  }
  return { speakers, unknown };
}
