/**
 * The voice rules of the analysis core, in order:
 * 1. Inside quotation marks: `direct-quote` when the sentence, the quote's own sentences
 *    or a neighbouring sentence attributes a quote (a verb of saying or naming,
 *    "according to", or a colon after the speaker); otherwise `scare-quote`.
 * 2. Outside quotes: `reported` when the text lies in the clause or object governed by
 *    a speech verb whose speaker is in the same sentence.
 * 3. Everything else, headlines included: `narrator`.
 */
import { enclosingQuote, type QuoteSpan } from './quotes';
import type { SpeechEvent } from './speech-events';
import type { Sentence } from '../text/sentences';
import type { Token } from '../text/tokenize';
import type { Voice } from '../analysis-schema';

/** Articles that may stand between a quote and its speaker ("…," the ministry said). */
const ARTICLES = new Set(['the', 'a', 'an']);
/** Added to the distance of a speaker after a quote who is not right after it, so a speaker before the quote wins. */
const NOT_ADJACENT_PENALTY = 1_000_000;

/** What voice rules need to know about one text. */
export interface VoiceContext {
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  sentenceOf: Int32Array;
  quotes: readonly QuoteSpan[];
  events: readonly SpeechEvent[];
}

/** A finding's voice, with the attribution that decided it (if any). */
export interface VoiceResult {
  voice: Voice;
  event: SpeechEvent | null;
  quote: QuoteSpan | null;
}

function sentenceAt(vc: VoiceContext, offset: number): number {
  let lo = 0;
  let hi = vc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = vc.sentences[mid] as Sentence;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return Math.max(0, Math.min(lo, vc.sentences.length - 1));
}

/** Events by sentence, indexed once per text (voice is asked for every finding). */
const bySentence = new WeakMap<readonly SpeechEvent[], Map<number, SpeechEvent[]>>();

function eventsIn(vc: VoiceContext, sentence: number): SpeechEvent[] {
  let index = bySentence.get(vc.events);
  if (!index) {
    index = new Map();
    for (const e of vc.events) index.set(e.sentence, [...(index.get(e.sentence) ?? []), e]);
    bySentence.set(vc.events, index);
  }
  return index.get(sentence) ?? [];
}

function sentenceHasQuote(vc: VoiceContext, index: number): boolean {
  const s = vc.sentences[index];
  return !!s && vc.quotes.some((q) => q.start < s.end && s.start < q.end);
}

/** Each quote's attribution, decided once per text: every finding inside a quote asks for it again. */
const attributions = new WeakMap<VoiceContext, Map<QuoteSpan, SpeechEvent | null>>();

/** The attribution of quote `q`: in its own sentences first, then a neighbour that also quotes. */
export function attributeQuote(vc: VoiceContext, q: QuoteSpan): SpeechEvent | null {
  let decided = attributions.get(vc);
  if (!decided) {
    decided = new Map();
    attributions.set(vc, decided);
  }
  let event = decided.get(q);
  if (event === undefined) {
    event = findAttribution(vc, q);
    decided.set(q, event);
  }
  return event;
}

function findAttribution(vc: VoiceContext, q: QuoteSpan): SpeechEvent | null {
  const first = sentenceAt(vc, q.start);
  const last = sentenceAt(vc, Math.max(q.start, q.end - 1));
  const distance = (e: SpeechEvent): number => {
    const at = vc.tokens[e.cue]?.start ?? 0;
    if (at < q.start) return q.start - at;
    // After the quote, only `"…," X said` attributes it: "…“shields,” a charge Armenian officials denied" does not.
    let between = false;
    for (let k = e.speaker.first - 1; k >= 0 && (vc.tokens[k]?.start ?? -1) >= q.end && !between; k--) {
      const t = vc.tokens[k];
      // Capitalised words belong to the speaker's name or title ("…,” Mr. McHugh said).
      between = t?.kind === 'word' && !ARTICLES.has(t.key) && t.text === t.text.toLowerCase();
    }
    return Math.max(0, at - q.end) + (between ? NOT_ADJACENT_PENALTY : 0);
  };
  const pick = (events: SpeechEvent[]): SpeechEvent | null =>
    events.sort((a, b) => distance(a) - distance(b))[0] ?? null;
  const own: SpeechEvent[] = [];
  for (let k = first; k <= last; k++) own.push(...eventsIn(vc, k));
  const ownPick = pick(own);
  if (ownPick) return ownPick;
  // A neighbour attributes the quote when it quotes too, or when the quote is a sentence of its own
  // (“We will stay.” Aliyev said this on Monday.); a scare quote in a sentence of narration stays one.
  const standalone = q.start <= (vc.sentences[first]?.start ?? 0) + 1 && q.end >= (vc.sentences[last]?.end ?? 0) - 1;
  const neighbours = [...eventsIn(vc, first - 1), ...eventsIn(vc, last + 1)].filter((e) => standalone || sentenceHasQuote(vc, e.sentence));
  return pick(neighbours);
}

/** Decides the voice of the text [start, end) whose first token is `firstToken`. */
export function assignVoice(vc: VoiceContext, start: number, end: number, firstToken: number): VoiceResult {
  const quote = enclosingQuote(vc.quotes, start, end);
  if (quote) {
    const event = attributeQuote(vc, quote);
    return { voice: event ? 'direct-quote' : 'scare-quote', event, quote };
  }
  const sentence = vc.sentenceOf[firstToken] ?? -1;
  const governing = eventsIn(vc, sentence)
    .filter((e) => e.governed && e.governed.start <= start && end <= e.governed.end)
    .filter((e) => firstToken < e.speaker.first || firstToken >= e.speaker.end)
    .sort((a, b) => (a.governed?.end ?? 0) - (a.governed?.start ?? 0) - ((b.governed?.end ?? 0) - (b.governed?.start ?? 0)));
  const event = governing[0] ?? null;
  return { voice: event ? 'reported' : 'narrator', event, quote: null };
}
