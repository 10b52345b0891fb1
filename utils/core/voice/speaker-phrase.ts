/**
 * Finds the speaker phrase next to a speech verb: backwards from the verb
 * ("Defence Ministry spokeswoman Shushan Stepanyan said", "Armenian authorities in
 * the disputed region said") or forwards after it ("…," said Aliyev). A phrase must end
 * in a name, a pronoun or a speaker noun ("officials", "ministry"), or it is not a speaker.
 */
import { BETWEEN_SPEAKER_AND_VERB, OTHER_PRONOUNS, PERSON_PRONOUNS, ROLE_NOUNS, SPEAKER_NOUNS } from './speech-words';
import type { Token } from '../text/tokenize';

/** Longest speaker phrase in words: longer runs are clauses, not names. */
const MAX_SPEAKER_WORDS = 10;
/** Words after a preposition in a speaker phrase ("in the disputed region"). */
const MAX_TRAILING_WORDS = 4;
/** Prepositions a speaker phrase may contain once ("spokesman for the ministry"). */
const PHRASE_PREPOSITIONS = new Set(['of', 'for', 'in', 'at', 'from']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'both', 'two', 'several', 'some', 'many']);
const STOP_WORDS = new Set([
  'and', 'or', 'but', 'that', 'which', 'who', 'what', 'whom', 'whose', 'when', 'while', 'as', 'if', 'because', 'after', 'before', 'with',
  'to', 'on', 'by', 'not', 'no', 'than', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had',
]);

/** A speaker phrase: token range [first, end), head token, and how it reads. */
export interface SpeakerPhrase {
  first: number;
  end: number;
  /** Index of the phrase's main word (the last word before any preposition). */
  head: number;
  pronoun: 'person' | 'other' | null;
}

function isCapitalised(token: Token): boolean {
  const ch = token.text.charAt(0);
  return ch !== ch.toLowerCase();
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
    // Before a name, only roles, determiners and hyphenated modifiers belong to the phrase:
    // "Karabakh chief Arayik Harutyunyan", "self-styled …", but not "the town | Azerbaijan calls".
    const joined = tokens[k + 1]?.kind === 'hyphen' || tokens[k - 1]?.kind === 'hyphen';
    if (capitalHead && !isCapitalised(t) && !joined && !ROLE_NOUNS.has(t.key) && !SPEAKER_NOUNS.has(t.key) && !DETERMINERS.has(t.key)) break;
    first = k;
    words++;
  }
  while (first < head && DETERMINERS.has(tokens[first]?.key ?? '')) first++;
  const lastWord = tokens[i];
  return lastWord ? { first, end: i + 1, head, pronoun: null } : null;
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

/** The speaker phrase starting just after token `verb` ("…," said Defence Ministry spokeswoman Shushan Stepanyan). */
export function speakerAfter(tokens: readonly Token[], verb: number, limit: number, inQuote: (i: number) => boolean): SpeakerPhrase | null {
  let k = verb + 1;
  while (k < limit && DETERMINERS.has(tokens[k]?.key ?? '')) k++;
  const first = k;
  let end = k;
  for (; k < limit && end - first < MAX_SPEAKER_WORDS; k++) {
    const t = tokens[k] as Token;
    if (inQuote(k) || (t.kind !== 'word' && t.kind !== 'hyphen') || STOP_WORDS.has(t.key) || PHRASE_PREPOSITIONS.has(t.key)) break;
    end = k + 1;
  }
  const head = end - 1;
  const headToken = tokens[head];
  if (end === first || !canHead(headToken) || !headToken) return null;
  return { first, end, head, pronoun: pronounOf(headToken) };
}
