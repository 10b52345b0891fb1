/**
 * Finds who says what in each sentence: a speaker phrase, the word that attributes
 * the speech, and the stretch of text it governs (for reported speech). Handles
 * `X said (that) …`, `"…," X said`, `"…," said X`, `X said: "…"`, `according to X, …`,
 * `…, according to X`, `X accused Y of …`, `what X calls …`, `…, saying …` and
 * `X … and said …` (the sentence's subject speaks). Verbs inside quotes do not count.
 */
import { speakerAfter, speakerBefore, type SpeakerPhrase } from './speaker-phrase';
import {
  ACCUSATION_VERBS, BE_FORMS, CONDUIT_NOUNS, NAMING_VERBS, NEGATIVE_QUANTIFIERS, OTHER_PRONOUNS, PARTICIPLES, PERSON_PRONOUNS, SPEAKER_NOUNS, SPEECH_VERBS,
} from './speech-words';
import type { Sentence } from '../text/sentences';
import type { Token } from '../text/tokenize';

/** Words that end a sentence's subject ("authorities who run …"). */
const SUBJECT_STOPS = new Set(['who', 'which', 'that', 'whose', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'from', 'with', 'by', 'for', 'to']);
/** Sentence openers skipped (up to their comma) when looking for the subject. */
const SENTENCE_OPENERS = new Set(['meanwhile', 'separately', 'however', 'on', 'earlier', 'later', 'in']);
/** Share of capitalised longer words that makes a line Title Case (headlines capitalise all but short words). */
const TITLE_CASE_SHARE = 0.8;
/** Dashes that set off an aside between a speaker and its verb. */
const DASHES = new Set(['\u2014', '\u2013', '-']);
/** Particles after "call" that make it another verb ("called for talks", "called on Baku"). */
const NOT_NAMING_AFTER = new Set(['for', 'on', 'off', 'up', 'out', 'back', 'in', 'to', 'upon']);
/** Words that open an adverbial between a speech verb and "that" ("said in a statement that", "said on Sunday that"). */
const ADVERBIAL_STARTS = new Set(['in', 'on', 'at', 'during', 'late', 'earlier', 'last', 'this', 'yesterday', 'today', 'overnight', 'later', 'again', 'also', 'repeatedly', 'publicly', 'separately']);
/** Longest "in a statement" / "on Monday" that only places a speech. */
const MAX_PLACING_WORDS = 4;
/** Last words of an adverbial of time ("on Monday", "late last night"). */
const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'morning', 'afternoon', 'evening', 'night', 'week', 'weekend', 'month', 'year', 'overnight', 'earlier', 'later']);
/** Longest adverbial skipped before "that". */
const MAX_ADVERBIAL_WORDS = 6;
/**
 * Words before which a speech verb's form is no attribution: a noun after a determiner ("such reports",
 * "the claims"), an infinitive after "to" ("allow leaders to claim a victory").
 */
const NOUN_MARKERS = new Set(['the', 'a', 'an', 'such', 'these', 'those', 'this', 'that', 'their', 'its', 'his', 'her', 'our', 'my', 'your', 'any', 'no', 'some', 'many', 'several', 'to']);
/** "X refers to Y as Z": a naming verb whose name follows "as". */
const REFER_VERBS = new Set(['refer', 'refers', 'referred', 'referring']);
/** Longest "to Y" between "refer" and "as" ("refer to the region's main city, Stepanakert, as"). */
const MAX_REFERRED_WORDS = 12;
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

/**
 * The sentence's subject, for ", saying …", "X … and said …" and "X, which …, said": from the
 * sentence start, modifiers up to a name or speaker noun, then more names or nouns, ending at the
 * first lower-case word after them ("The ethnic Armenian authorities | who", "Azerbaijan | liberated").
 */
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
  let head = -1;
  for (; k < sentence.endToken; k++) {
    const token = tokens[k] as Token;
    if (token.kind === 'hyphen') continue;
    if (token.kind !== 'word' || SUBJECT_STOPS.has(token.key)) break;
    const capital = token.text.charAt(0) !== token.text.charAt(0).toLowerCase();
    const pronoun = PERSON_PRONOUNS.has(token.key) || OTHER_PRONOUNS.has(token.key);
    if (capital || SPEAKER_NOUNS.has(token.key) || pronoun) head = k;
    else if (head !== -1) break;
    if (pronoun) break;
  }
  if (head === -1) return null;
  const headToken = tokens[head] as Token;
  const pronoun = PERSON_PRONOUNS.has(headToken.key) ? 'person' : OTHER_PRONOUNS.has(headToken.key) ? 'other' : null;
  return { first, end: head + 1, head, pronoun };
}

/** "The co-chairs — France, Russia and the United States — urged": the speaker stands before the dashed aside. */
function beforeDashes(view: SentenceView, closing: number): SpeakerPhrase | null {
  for (let k = closing - 1; k > view.sentence.firstToken; k--) {
    if (DASHES.has(view.tokens[k]?.text ?? '')) return speakerBefore(view.tokens, k, view.sentence.firstToken, view.inQuote);
  }
  return null;
}

/** "said in a statement that …", "said on Sunday that …": the reported clause starts after "that". */
function afterAdverbial(tokens: readonly Token[], from: number, limit: number): number {
  if (!ADVERBIAL_STARTS.has(tokens[from]?.key ?? '')) return from;
  for (let k = from; k < limit && k - from <= MAX_ADVERBIAL_WORDS; k++) {
    const t = tokens[k] as Token;
    if (t.key === 'that') return k;
    if (t.kind !== 'word') break;
  }
  return from;
}

/** "X said in a statement.", "X said on Monday.": what follows the verb only places the speech; nothing is reported. */
function onlyPlacesTheSpeech(tokens: readonly Token[], from: number, limit: number): boolean {
  if (!ADVERBIAL_STARTS.has(tokens[from]?.key ?? '')) return false;
  const words = tokens.slice(from, limit).filter((t) => t.kind === 'word');
  const last = words[words.length - 1];
  return words.length <= MAX_PLACING_WORDS && !!last && (CONDUIT_NOUNS.has(last.key) || TIME_WORDS.has(last.key));
}

/** "Neither side said …", "No official confirmed …": nobody said it, so there is no attribution. */
function denied(tokens: readonly Token[], speaker: SpeakerPhrase): boolean {
  return NEGATIVE_QUANTIFIERS.has(tokens[speaker.first]?.key ?? '') || NEGATIVE_QUANTIFIERS.has(tokens[speaker.first - 1]?.key ?? '');
}

function sayEvent(view: SentenceView, i: number): SpeechEvent | null {
  const { tokens, sentence } = view;
  const verb = tokens[i] as Token;
  const prev = tokens[i - 1];
  let speaker: SpeakerPhrase | null;
  if (prev && BE_FORMS.has(prev.key)) return null; // "have been accused": passive, no speaker here
  if (PARTICIPLES.has(verb.key) && prev?.text === ',') speaker = subjectOf(view);
  else if (prev?.key === 'and') speaker = subjectOf(view);
  else if (prev && DASHES.has(prev.text)) speaker = beforeDashes(view, i - 1);
  else speaker = speakerBefore(tokens, i, sentence.firstToken, view.inQuote);
  // `"…," said X` / `"…" said X`: the speaker follows the verb.
  const afterQuoteMark = prev?.kind === 'quote' || (prev?.text === ',' && tokens[i - 2]?.kind === 'quote');
  if (!speaker && afterQuoteMark) speaker = speakerAfter(tokens, i, sentence.endToken, view.inQuote);
  // "X, which calls itself Y, said …": the subject before the inserted clause speaks.
  else if (!speaker && prev?.text === ',') {
    // "The 55-year-old is the third resident to fall ill, say officials.": the speaker ends the sentence.
    const inverted = speakerAfter(tokens, i, sentence.endToken, view.inQuote);
    if (inverted && !inverted.pronoun && tokens.slice(inverted.end, sentence.endToken).every((t) => t.kind === 'punct') && i - 1 > sentence.firstToken) {
      return { sentence: view.index, kind: 'say', cue: i, speaker: inverted, governed: span(tokens, sentence.firstToken, i - 1) };
    }
    speaker = subjectOf(view);
  }
  if (!speaker || denied(tokens, speaker)) return null;
  // `"…," X said (in a statement)`: the quote before is the speech; what follows only places it.
  let lead = speaker.first - 1;
  while (['the', 'a', 'an'].includes(tokens[lead]?.key ?? '')) lead--; // ", the ministry said"
  const before = tokens[lead];
  const afterQuote = speaker.first > i || before?.kind === 'quote' || (before?.text === ',' && tokens[lead - 1]?.kind === 'quote');
  if (afterQuote) return { sentence: view.index, kind: 'say', cue: i, speaker, governed: null };
  let from = Math.max(i, speaker.end - 1) + 1;
  from = afterAdverbial(tokens, from, sentence.endToken);
  if (tokens[from]?.key === 'that') from++;
  const kind: SpeechKind = ACCUSATION_VERBS.has(verb.key) ? 'accuse' : 'say';
  // "Troops advanced overnight, officials said.": the clause before the comma is what was said.
  // "…, Azerbaijan said in a statement.": an adverbial after the verb only places the speech.
  const placesOnly = onlyPlacesTheSpeech(tokens, i + 1, sentence.endToken);
  const nothingAfter = placesOnly || tokens.slice(i + 1, sentence.endToken).every((t) => t.kind !== 'word');
  if (nothingAfter && before?.text === ',' && lead > sentence.firstToken) {
    return { sentence: view.index, kind, cue: i, speaker, governed: span(tokens, sentence.firstToken, lead) };
  }
  if (placesOnly) return { sentence: view.index, kind, cue: i, speaker, governed: null };
  return { sentence: view.index, kind, cue: i, speaker, governed: span(tokens, from, sentence.endToken) };
}

function accordingTo(view: SentenceView, i: number): SpeechEvent | null {
  const { tokens, sentence } = view;
  const speaker = speakerAfter(tokens, i + 1, sentence.endToken, view.inQuote, true);
  if (!speaker) return null;
  // "According to X, …" governs what follows; "…, according to X." governs what came before.
  const atStart = tokens.slice(sentence.firstToken, i).every((t) => t.kind !== 'word');
  const governed = atStart ? span(tokens, speaker.end, sentence.endToken) : span(tokens, sentence.firstToken, i);
  return { sentence: view.index, kind: 'according-to', cue: i, speaker, governed };
}

/** "what Baku calls …", "the town Azerbaijan calls Khojavend", "officials have called them …": the named phrase is reported. */
function namingEvent(view: SentenceView, v: number): SpeechEvent | null {
  const { tokens, sentence } = view;
  const prev = tokens[v - 1];
  if (!prev || BE_FORMS.has(prev.key) || NOT_NAMING_AFTER.has(tokens[v + 1]?.key ?? '')) return null; // "is called", "called for"
  const speaker = speakerBefore(tokens, v, sentence.firstToken, view.inQuote);
  if (!speaker || denied(tokens, speaker)) return null;
  let end = v + 1;
  while (end < sentence.endToken && end - v <= MAX_NAMED_WORDS && ['word', 'hyphen', 'quote'].includes(tokens[end]?.kind ?? '')) end++;
  // "have called such reports “baseless”": the name is the quote, a direct quote of the speaker; nothing else is reported.
  const quoted = tokens.slice(v + 1, end).some((t, k) => t.kind === 'quote' || view.inQuote(v + 1 + k));
  return { sentence: view.index, kind: 'calls', cue: v, speaker, governed: quoted ? null : span(tokens, v + 1, end) };
}

/** "Azerbaijani officials refer to the city, Stepanakert, as Khankendi": the name after "as" is reported. */
function referAsEvent(view: SentenceView, v: number): SpeechEvent | null {
  const { tokens, sentence } = view;
  if (tokens[v + 1]?.key !== 'to') return null;
  let as = v + 2;
  while (as < sentence.endToken && as - v <= MAX_REFERRED_WORDS && tokens[as]?.key !== 'as') as++;
  if (tokens[as]?.key !== 'as') return null;
  const speaker = speakerBefore(tokens, v, sentence.firstToken, view.inQuote);
  if (!speaker || denied(tokens, speaker)) return null;
  let end = as + 1;
  while (end < sentence.endToken && end - as <= MAX_NAMED_WORDS && ['word', 'hyphen', 'quote'].includes(tokens[end]?.kind ?? '')) end++;
  return { sentence: view.index, kind: 'calls', cue: v, speaker, governed: span(tokens, as + 1, end) };
}

function colonEvent(view: SentenceView, i: number): SpeechEvent | null {
  const next = view.tokens[i + 1];
  if (next?.kind !== 'quote') return null;
  const speaker = speakerBefore(view.tokens, i, view.sentence.firstToken, view.inQuote);
  return speaker ? { sentence: view.index, kind: 'colon', cue: i, speaker, governed: null } : null;
}

/** Verbs are written in lower case ("United States" is a name), except in a Title Case headline ("Armenia Says …"). */
function isVerbCase(t: Token, view: SentenceView): boolean {
  if (t.text === t.text.toLowerCase()) return true;
  const words = view.tokens.slice(view.sentence.firstToken, view.sentence.endToken).filter((w) => w.kind === 'word' && w.text.length > 3);
  const capitalised = words.filter((w) => w.text.charAt(0) !== w.text.charAt(0).toLowerCase()).length;
  return words.length > 0 && capitalised / words.length >= TITLE_CASE_SHARE;
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
      else if (t.kind === 'word' && NAMING_VERBS.has(t.key) && !SPEECH_VERBS.has(t.key) && isVerbCase(t, view)) event = namingEvent(view, i);
      else if (t.text === ':') event = colonEvent(view, i);
      else if (REFER_VERBS.has(t.key) && isVerbCase(t, view)) event = referAsEvent(view, i);
      else if (t.kind === 'word' && SPEECH_VERBS.has(t.key) && isVerbCase(t, view) && !NOUN_MARKERS.has(tokens[i - 1]?.key ?? '')) event = sayEvent(view, i);
      if (event) events.push(event);
    }
  });
  return trimGoverned(tokens, events);
}

/** A governed clause ends where the next speaker of the same sentence begins ("X says … but Y says …"). */
function trimGoverned(tokens: readonly Token[], events: SpeechEvent[]): SpeechEvent[] {
  // The events of each sentence, in text order: looking through all events for each one was quadratic on long pages.
  const bySentence = new Map<number, SpeechEvent[]>();
  for (const e of events) {
    const list = bySentence.get(e.sentence);
    if (list) list.push(e);
    else bySentence.set(e.sentence, [e]);
  }
  return events.map((e) => {
    if (!e.governed) return e;
    const next = (bySentence.get(e.sentence) ?? []).find((o) => o !== e && o.speaker.first > e.cue && (tokens[o.speaker.first]?.start ?? 0) < (e.governed?.end ?? 0));
    const cut = next ? (tokens[next.speaker.first - 1]?.key === 'but' || tokens[next.speaker.first - 1]?.key === 'and' ? next.speaker.first - 1 : next.speaker.first) : -1;
    const end = cut > 0 ? (tokens[cut - 1]?.end ?? e.governed.end) : e.governed.end;
    return end > e.governed.start ? { ...e, governed: { start: e.governed.start, end } } : { ...e, governed: null };
  });
}
