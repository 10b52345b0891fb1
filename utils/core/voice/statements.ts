/**
 * The quoted and reported passages of a text with their speakers: each top-level
 * quote (direct or scare) and each governed clause of reported speech that has words
 * outside quotes. One attribution may carry several quotes; the summary counts
 * attributions, this list shows passages.
 */
import type { Statement } from '../analysis-schema';
import type { Speaker } from '../actors/resolve-speakers';
import { attributeQuote, type VoiceContext } from './assign-voice';
import type { SpeechEvent } from './speech-events';
import { tokensWithin } from '../text/token-range';
import type { Token } from '../text/tokenize';

/** Whether a word token outside quotes lies wholly inside the characters [start, end). */
function hasWordOutsideQuotes(tokens: readonly Token[], inQuote: Uint8Array, start: number, end: number): boolean {
  const within = tokensWithin(tokens, start, end);
  for (let i = within.first; i < within.end; i++) if (tokens[i]?.kind === 'word' && inQuote[i] !== 1) return true;
  return false;
}

/** Statements in text order, and the attributions they come from. */
export function collectStatements(
  source: string,
  vc: VoiceContext,
  speakers: ReadonlyMap<SpeechEvent, Speaker>,
  inQuote: Uint8Array,
): { statements: Statement[]; events: Set<SpeechEvent> } {
  const statements: Statement[] = [];
  const events = new Set<SpeechEvent>();
  const speakerFields = (event: SpeechEvent | null): Pick<Statement, 'speaker' | 'speakerText' | 'side'> => {
    const speaker = event ? speakers.get(event) : undefined;
    return { speaker: speaker ? (speaker.id ?? speaker.text) : null, speakerText: speaker?.text ?? null, side: speaker ? speaker.side : null };
  };
  for (const q of vc.quotes) {
    if (q.depth !== 0 || q.innerEnd <= q.innerStart) continue;
    const event = attributeQuote(vc, q);
    if (event) events.add(event);
    const text = source.slice(q.innerStart, q.innerEnd);
    statements.push({ voice: event ? 'direct-quote' : 'scare-quote', text, start: q.innerStart, end: q.innerEnd, ...speakerFields(event) });
  }
  for (const e of vc.events) {
    const g = e.governed;
    if (!g) continue;
    if (!hasWordOutsideQuotes(vc.tokens, inQuote, g.start, g.end)) continue;
    events.add(e);
    statements.push({ voice: 'reported', text: source.slice(g.start, g.end), start: g.start, end: g.end, ...speakerFields(e) });
  }
  return { statements: statements.sort((a, b) => a.start - b.start), events };
}
