/**
 * Finds who says what in each sentence: a speaker phrase, the word that attributes
 * the speech, and the stretch of text it governs (for reported speech). Handles
 * `X said (that) …`, `"…," X said`, `"…," said X`, `X said: "…"`, `according to X, …`,
 * `…, according to X`, `X accused Y of …`, `what X calls …`, `…, saying …` and
 * `X … and said …` (the sentence's subject speaks). Verbs inside quotes do not count.
 */
import { speakerAfter, speakerBefore, type SpeakerPhrase } from './speaker-phrase';
import {
  ACCUSATION_VERBS, BE_FORMS, NAMING_VERBS, OTHER_PRONOUNS, PARTICIPLES, PERSON_PRONOUNS, SPEAKER_NOUNS, SPEECH_VERBS,
} from './speech-words';
import type { Sentence } from '../text/sentences';
import type { Token } from '../text/tokenize';

/** Sentence openers skipped (up to their comma) when looking for the subject. */
const SENTENCE_OPENERS = new Set(['meanwhile', 'separately', 'however', 'on', 'earlier', 'later', 'in']);
/** Words a "what X calls …" phrase may name before the naming ends. */
const MAX_NAMED_WORDS = 5;

export type SpeechKind = 'say' | 'accuse' | 'according-to' | 'calls' | 'colon';

/** One attribution: speaker tokens, the attributing token, and the governed character range. */
export interface SpeechEvent {
  sentence: number;
  kind: SpeechKind;
  /** Token index of the verb, "according" or the colon. */
  cue: number;
  speaker: SpeakerPhrase;
  /** Text this speech governs outside quotes (reported speech), or null. */
  governed: { start: number; end: number } | null;
}

interface SentenceView {
  tokens: readonly Token[];
  sentence: Sentence;
  index: number;
  inQuote: (i: number) => boolean;
}

function span(tokens: readonly Token[], first: number, end: number): { start: number; end: number } | null {
  while (first < end && tokens[first]?.kind === 'punct') first++; // ", Azerbaijani units …" starts at the word
  const a = tokens[first];
  const b = tokens[end - 1];
  return a && b && first < end ? { start: a.start, end: b.end } : null;
}

/** The sentence's subject (its first run of names and speaker nouns), for ", saying …" and "X … and said …". */
function subjectOf(view: SentenceView): SpeakerPhrase | null {
  const { tokens, sentence } = view;
  let k = sentence.firstToken;
  const t = tokens[k];
  if (t && SENTENCE_OPENERS.has(t.key)) {
    while (k < sentence.endToken && tokens[k]?.text !== ',') k++;
    k++;
  }
  while (k < sentence.endToken && (tokens[k]?.key === 'the' || tokens[k]?.kind !== 'word')) k++;
  const first = k;
  let end = k;
  for (; k < sentence.endToken; k++) {
    const token = tokens[k] as Token;
    const capital = token.text.charAt(0) !== token.text.charAt(0).toLowerCase();
    if (token.kind === 'hyphen' || (token.kind === 'word' && (capital || SPEAKER_NOUNS.has(token.key)))) end = k + 1;
    else break;
    if (token.kind === 'word' && (PERSON_PRONOUNS.has(token.key) || OTHER_PRONOUNS.has(token.key))) break;
  }
  if (end === first) return null;
  const headToken = tokens[end - 1] as Token;
  const pronoun = PERSON_PRONOUNS.has(headToken.key) ? 'person' : OTHER_PRONOUNS.has(headToken.key) ? 'other' : null;
  return { first, end, head: end - 1, pronoun };
}

function sayEvent(view: SentenceView, i: number): SpeechEvent | null {
  const { tokens, sentence } = view;
  const verb = tokens[i] as Token;
  const prev = tokens[i - 1];
  let speaker: SpeakerPhrase | null;
  if (prev && BE_FORMS.has(prev.key)) return null; // "have been accused": passive, no speaker here
  if (PARTICIPLES.has(verb.key) && prev?.text === ',') speaker = subjectOf(view);
  else if (prev?.key === 'and') speaker = subjectOf(view);
  else speaker = speakerBefore(tokens, i, sentence.firstToken, view.inQuote);
  // `"…," said X` / `"…" said X`: the speaker follows the verb.
  if (!speaker && prev && (prev.kind === 'quote' || prev.text === ',')) speaker = speakerAfter(tokens, i, sentence.endToken, view.inQuote);
  if (!speaker) return null;
  // `"…," X said (in a statement)`: the quote before is the speech; what follows only places it.
  const before = tokens[speaker.first - 1];
  const afterQuote = speaker.first > i || before?.kind === 'quote' || (before?.text === ',' && tokens[speaker.first - 2]?.kind === 'quote');
  if (afterQuote) return { sentence: view.index, kind: 'say', cue: i, speaker, governed: null };
  let from = Math.max(i, speaker.end - 1) + 1;
  if (tokens[from]?.key === 'that') from++;
  const kind: SpeechKind = ACCUSATION_VERBS.has(verb.key) ? 'accuse' : 'say';
  // "Troops advanced overnight, officials said.": the clause before the comma is what was said.
  const nothingAfter = tokens.slice(i + 1, sentence.endToken).every((t) => t.kind !== 'word');
  if (nothingAfter && before?.text === ',' && speaker.first - 1 > sentence.firstToken) {
    return { sentence: view.index, kind, cue: i, speaker, governed: span(tokens, sentence.firstToken, speaker.first - 1) };
  }
  return { sentence: view.index, kind, cue: i, speaker, governed: span(tokens, from, sentence.endToken) };
}

function accordingTo(view: SentenceView, i: number): SpeechEvent | null {
  const { tokens, sentence } = view;
  const speaker = speakerAfter(tokens, i + 1, sentence.endToken, view.inQuote);
  if (!speaker) return null;
  // "According to X, …" governs what follows; "…, according to X." governs what came before.
  const atStart = tokens.slice(sentence.firstToken, i).every((t) => t.kind !== 'word');
  const governed = atStart ? span(tokens, speaker.end, sentence.endToken) : span(tokens, sentence.firstToken, i);
  return { sentence: view.index, kind: 'according-to', cue: i, speaker, governed };
}

function whatXCalls(view: SentenceView, i: number): SpeechEvent | null {
  const { tokens, sentence } = view;
  for (let v = i + 2; v < Math.min(i + 8, sentence.endToken); v++) {
    if (!NAMING_VERBS.has(tokens[v]?.key ?? '')) continue;
    const speaker = speakerBefore(tokens, v, i + 1, view.inQuote);
    if (!speaker) return null;
    let end = v + 1;
    while (end < sentence.endToken && end - v <= MAX_NAMED_WORDS && ['word', 'hyphen', 'quote'].includes(tokens[end]?.kind ?? '')) end++;
    return { sentence: view.index, kind: 'calls', cue: v, speaker, governed: span(tokens, v + 1, end) };
  }
  return null;
}

function colonEvent(view: SentenceView, i: number): SpeechEvent | null {
  const next = view.tokens[i + 1];
  if (next?.kind !== 'quote') return null;
  const speaker = speakerBefore(view.tokens, i, view.sentence.firstToken, view.inQuote);
  return speaker ? { sentence: view.index, kind: 'colon', cue: i, speaker, governed: null } : null;
}

/** Every attribution in the text, in order. `inQuote(i)` tells whether token i is inside quotation marks. */
export function findSpeechEvents(tokens: readonly Token[], sentences: readonly Sentence[], inQuote: (i: number) => boolean): SpeechEvent[] {
  const events: SpeechEvent[] = [];
  sentences.forEach((sentence, index) => {
    const view: SentenceView = { tokens, sentence, index, inQuote };
    for (let i = sentence.firstToken; i < sentence.endToken; i++) {
      const t = tokens[i] as Token;
      if (inQuote(i)) continue;
      let event: SpeechEvent | null = null;
      if (t.key === 'according' && tokens[i + 1]?.key === 'to') event = accordingTo(view, i);
      else if (t.key === 'what') event = whatXCalls(view, i);
      else if (t.text === ':') event = colonEvent(view, i);
      else if (t.kind === 'word' && SPEECH_VERBS.has(t.key)) event = sayEvent(view, i);
      if (event) events.push(event);
    }
  });
  return trimGoverned(tokens, events);
}

/** A governed clause ends where the next speaker of the same sentence begins ("X says … but Y says …"). */
function trimGoverned(tokens: readonly Token[], events: SpeechEvent[]): SpeechEvent[] {
  return events.map((e) => {
    if (!e.governed) return e;
    const next = events.find((o) => o !== e && o.sentence === e.sentence && o.speaker.first > e.cue && (tokens[o.speaker.first]?.start ?? 0) < (e.governed?.end ?? 0));
    const cut = next ? (tokens[next.speaker.first - 1]?.key === 'but' || tokens[next.speaker.first - 1]?.key === 'and' ? next.speaker.first - 1 : next.speaker.first) : -1;
    const end = cut > 0 ? (tokens[cut - 1]?.end ?? e.governed.end) : e.governed.end;
    return end > e.governed.start ? { ...e, governed: { start: e.governed.start, end } } : { ...e, governed: null };
  });
}
