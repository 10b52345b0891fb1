/**
 * Finds the speaker phrase next to a speech verb: backwards from the verb
 * ("Defence Ministry spokeswoman Shushan Stepanyan said", "Armenian authorities in
 * the disputed region said") or forwards after it ("…," said Aliyev). A phrase must end
 * in a name, a pronoun or a speaker noun ("officials", "ministry"), or it is not a speaker.
 */
import {
  BETWEEN_SPEAKER_AND_VERB, CONDUIT_NOUNS, FUNCTION_WORDS, OTHER_PRONOUNS, PERSON_PRONOUNS, ROLE_NOUNS, SPEAKER_NOUNS,
} from './speech-words';
import type { Token } from '../text/tokenize';

/** Longest speaker phrase in words: longer runs are clauses, not names. */
const MAX_SPEAKER_WORDS = 10;
/** Words after a preposition in a speaker phrase ("in the disputed region"). */
const MAX_TRAILING_WORDS = 4;
/** Prepositions a speaker phrase may contain once ("spokesman for the ministry"). */
const PHRASE_PREPOSITIONS = new Set(['of', 'for', 'in', 'at', 'from']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'both', 'two', 'several', 'some', 'many']);
/** Determiners left out of a speaker phrase's text ("the ministry" reads "ministry"); quantifiers stay ("Both sides"). */
const LEADING_DROPPED = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her']);
const STOP_WORDS = new Set([
  'and', 'or', 'but', 'that', 'which', 'who', 'what', 'whom', 'whose', 'when', 'while', 'as', 'if', 'because', 'after', 'before', 'with',
  'to', 'on', 'by', 'not', 'no', 'than', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had',
  'would', 'could', 'should', 'might', 'must', 'do', 'does', 'did', // not "will", "may", "can": Will Tjernlund, Theresa May
]);

/**
 * Lower-case words that may stand before a capitalised modifier in a speaker phrase ("ethnic
 * Armenian authorities", "senior Turkish officials"); any other lower-case word there is the end
 * of an earlier phrase ("a charge | Armenian officials denied").
 */
const LOWER_MODIFIERS = new Set(['top', 'senior', 'junior', 'former', 'local', 'other', 'several', 'two', 'three', 'both', 'some', 'many', 'de', 'facto', 'acting', 'then', 'new']);
/** Suffixes of lower-case adjectives ("ethnic", "regional", "official"), by the same reasoning. */
const ADJECTIVE_ENDING = /(?:ic|al|ian|ior|ese|ish|ive|ous|ary|ern|ed)$/;
/** Longest appositive name after an "according to" phrase (", Arayik Harutyunyan,"). */
const MAX_APPOSITIVE_WORDS = 4;

/** A speaker phrase: token range [first, end), head token, and how it reads. */
export interface SpeakerPhrase {
  first: number;
  end: number;
  /** Index of the phrase's main word (the last word before any preposition). */
  head: number;
  pronoun: 'person' | 'other' | null;
  /** Coordinated speakers ("Armenia and Azerbaijan accuse …"), each a phrase of its own; absent for one speaker. */
  parts?: readonly SpeakerPhrase[];
}

function isCapitalised(token: Token): boolean {
  const ch = token.text.charAt(0);
  return ch !== ch.toLowerCase();
}

/** "US", "UN", "NASA": all capitals, never a function word even when its key is one ("us"). */
function isAcronym(token: Token): boolean {
  return token.text.length > 1 && token.text === token.text.toUpperCase() && /\p{L}/u.test(token.text);
}

function canHead(token: Token | undefined): boolean {
  if (!token || token.kind !== 'word') return false;
  return isCapitalised(token) || SPEAKER_NOUNS.has(token.key) || PERSON_PRONOUNS.has(token.key) || OTHER_PRONOUNS.has(token.key);
}

function pronounOf(token: Token): SpeakerPhrase['pronoun'] {
  if (PERSON_PRONOUNS.has(token.key)) return 'person';
  return OTHER_PRONOUNS.has(token.key) ? 'other' : null;
}

/** The speaker phrase ending just before token `verb` (words like "also", "has" in between are skipped). */
export function speakerBefore(tokens: readonly Token[], verb: number, floor: number, inQuote: (i: number) => boolean): SpeakerPhrase | null {
  let i = verb - 1;
  while (i >= floor && BETWEEN_SPEAKER_AND_VERB.has(tokens[i]?.key ?? '')) i--;
  if (tokens[i]?.kind !== 'word') return null; // "…, said": the caller looks elsewhere
  let head = i;
  if (!canHead(tokens[head])) head = headBeforePreposition(tokens, i, floor);
  const last = tokens[head];
  if (!last || head < floor || inQuote(head) || !canHead(last)) return null;
  const pronoun = pronounOf(last);
  if (pronoun) return { first: head, end: head + 1, head, pronoun };
  const capitalHead = isCapitalised(last);
  let first = head;
  let words = 1;
  let usedPreposition = head !== i;
  for (let k = head - 1; k >= floor && words < MAX_SPEAKER_WORDS; k--) {
    const t = tokens[k] as Token;
    if (inQuote(k)) break;
    if (t.kind === 'hyphen') continue;
    if (t.kind !== 'word') break;
    if (PHRASE_PREPOSITIONS.has(t.key) && !usedPreposition && canExtendBefore(tokens, k, floor)) {
      usedPreposition = true;
      head = k - 1; // "authorities in the region": the head is before the preposition
      continue;
    }
    if (STOP_WORDS.has(t.key) || PHRASE_PREPOSITIONS.has(t.key) || pronounOf(t)) break;
    if (FUNCTION_WORDS.has(t.key) && !DETERMINERS.has(t.key) && !isAcronym(t)) break; // Then | senior officials said; but US officials
    // Before a name, only roles, determiners and hyphenated modifiers belong to the phrase:
    // "Karabakh chief Arayik Harutyunyan", "self-styled …", but not "the town | Azerbaijan calls".
    const joined = tokens[k + 1]?.kind === 'hyphen' || tokens[k - 1]?.kind === 'hyphen';
    const plain = !isCapitalised(t) && !joined && !ROLE_NOUNS.has(t.key) && !SPEAKER_NOUNS.has(t.key) && !DETERMINERS.has(t.key);
    if (capitalHead && plain) break;
    // "a charge Armenian officials denied": a lower-case noun before a capitalised modifier ends an earlier phrase.
    const beforeCapital = isCapitalised(tokens[k + 1] as Token);
    if (plain && beforeCapital && !LOWER_MODIFIERS.has(t.key) && !ADJECTIVE_ENDING.test(t.key)) break;
    first = k;
    words++;
  }
  while (first < head && LEADING_DROPPED.has(tokens[first]?.key ?? '')) first++;
  const lastWord = tokens[i];
  if (!lastWord) return null;
  const phrase: SpeakerPhrase = { first, end: i + 1, head, pronoun: null };
  return coordinated(tokens, phrase, floor, inQuote);
}

/** "Armenia and Azerbaijan accuse", "France, Russia and the US said": earlier names joined by "and" or commas speak too. */
function coordinated(tokens: readonly Token[], last: SpeakerPhrase, floor: number, inQuote: (i: number) => boolean): SpeakerPhrase {
  // "the Russian and Syrian defence ministries": adjectives sharing a lower-case head are one speaker.
  if (!isCapitalised(tokens[last.head] as Token)) {
    const and = last.first - 1;
    const adjective = tokens[and - 1];
    const shared = tokens[and]?.key === 'and' && and - 1 >= floor && adjective?.kind === 'word' && isCapitalised(adjective) && isCapitalised(tokens[last.first] as Token);
    return shared && !inQuote(and - 1) ? { ...last, first: and - 1 } : last;
  }
  const parts: SpeakerPhrase[] = [last];
  let joiner = last.first - 1;
  while (DETERMINERS.has(tokens[joiner]?.key ?? '') && joiner > floor) joiner--;
  let sawAnd = false;
  while (joiner > floor && (tokens[joiner]?.key === 'and' || (tokens[joiner]?.text === ',' && sawAnd))) {
    const before = tokens[joiner - 1];
    if (!before || before.kind !== 'word' || !isCapitalised(before) || inQuote(joiner - 1)) break;
    sawAnd = true;
    let first = joiner - 1;
    while (first - 1 >= floor && (tokens[first - 1]?.kind === 'hyphen' || (tokens[first - 1]?.kind === 'word' && isCapitalised(tokens[first - 1] as Token) && !tokens[first - 1]?.possessive))) first--;
    parts.unshift({ first, end: joiner, head: joiner - 1, pronoun: null });
    joiner = first - 1;
    while (DETERMINERS.has(tokens[joiner]?.key ?? '') && joiner > floor) joiner--;
  }
  if (parts.length === 1) return last;
  return { first: parts[0]?.first ?? last.first, end: last.end, head: last.head, pronoun: null, parts };
}

/** "authorities in the disputed region said": the head before a preposition a few words back, or -1. */
function headBeforePreposition(tokens: readonly Token[], i: number, floor: number): number {
  for (let k = i - 1; k > floor && i - k <= MAX_TRAILING_WORDS; k--) {
    const t = tokens[k];
    if (!t || t.kind !== 'word' || STOP_WORDS.has(t.key)) return -1;
    if (PHRASE_PREPOSITIONS.has(t.key)) return canHead(tokens[k - 1]) ? k - 1 : -1;
  }
  return -1;
}

function canExtendBefore(tokens: readonly Token[], k: number, floor: number): boolean {
  return k - 1 >= floor && canHead(tokens[k - 1]);
}

/** End of the words that may form a phrase from token `k` (no stop words, prepositions or punctuation). */
function wordsFrom(tokens: readonly Token[], k: number, limit: number, max: number, inQuote: (i: number) => boolean): number {
  let end = k;
  for (let j = k; j < limit && end - k < max; j++) {
    const t = tokens[j] as Token;
    if (inQuote(j) || (t.kind !== 'word' && t.kind !== 'hyphen') || STOP_WORDS.has(t.key) || PHRASE_PREPOSITIONS.has(t.key)) break;
    end = j + 1;
  }
  return end;
}

/**
 * The speaker phrase starting just after token `verb` ("…," said Defence Ministry spokeswoman Shushan Stepanyan).
 * With `extended` (after "according to") the phrase also takes one prepositional phrase and an appositive name:
 * "the office of the region's de facto leader, Arayik Harutyunyan".
 */
export function speakerAfter(tokens: readonly Token[], verb: number, limit: number, inQuote: (i: number) => boolean, extended = false): SpeakerPhrase | null {
  let k = verb + 1;
  while (k < limit && DETERMINERS.has(tokens[k]?.key ?? '')) k++;
  const first = k;
  let end = wordsFrom(tokens, first, limit, MAX_SPEAKER_WORDS, inQuote);
  const head = end - 1;
  const headToken = tokens[head];
  // `"…," said a volunteer`: after an article any noun can speak (it names no actor of its own).
  const determined = first > verb + 1 && ['a', 'an', 'the'].includes(tokens[first - 1]?.key ?? '');
  if (end === first || !headToken || !(canHead(headToken) || (determined && headToken.kind === 'word'))) return null;
  if (extended && PHRASE_PREPOSITIONS.has(tokens[end]?.key ?? '') && !inQuote(end)) {
    let objectFirst = end + 1;
    while (objectFirst < limit && DETERMINERS.has(tokens[objectFirst]?.key ?? '')) objectFirst++;
    const objectEnd = wordsFrom(tokens, objectFirst, limit, MAX_TRAILING_WORDS + 2, inQuote);
    // "of defence", "for foreign affairs" name a part; "in Baku" places the speaker, "in a statement" does not.
    const object = tokens[objectEnd - 1];
    const belongs = ['of', 'for'].includes(tokens[end]?.key ?? '') || (canHead(object) && !CONDUIT_NOUNS.has(object?.key ?? ''));
    if (objectEnd > objectFirst && belongs) end = objectEnd;
  }
  if (extended && tokens[end]?.text === ',') {
    const nameEnd = wordsFrom(tokens, end + 1, limit, MAX_APPOSITIVE_WORDS, inQuote);
    const name = tokens.slice(end + 1, nameEnd).filter((t) => t.kind === 'word');
    if (name.length > 0 && name.every(isCapitalised) && tokens[nameEnd]?.text === ',') end = nameEnd;
  }
  return { first, end, head, pronoun: pronounOf(headToken) };
}
