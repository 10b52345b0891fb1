/**
 * Noun-phrase-ish helpers for the `next-phrase-is` / `previous-phrase-is` context rules.
 *
 * No parser: the next noun phrase starts at the first word after the match, or after
 * up to `within` determiners and modifier-like words ("occupied the Karabakh region");
 * prepositions, conjunctions, auxiliaries and punctuation end the search, so
 * "occupied by hotel guests" never looks past "by". The previous phrase ends just
 * before the match ("Armenian-occupied"), or before a comma ("Karabakh, occupied").
 */
import type { Token } from './tokenize';

/** Words a noun phrase may start with and that we step over to find its head. */
const DETERMINERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'your', 'my',
  'some', 'all', 'both', 'several', 'many', 'most', 'much', 'other', 'another', 'every', 'each',
]);
/** Words that end a phrase: prepositions, conjunctions, auxiliaries, pronouns. */
const BREAKERS = new Set([
  'of', 'in', 'on', 'at', 'by', 'for', 'from', 'to', 'with', 'without', 'into', 'onto', 'over', 'under', 'about',
  'after', 'before', 'during', 'since', 'until', 'against', 'between', 'among', 'through', 'across', 'near',
  'and', 'or', 'but', 'nor', 'so', 'yet', 'as', 'than', 'if', 'because', 'while', 'when', 'where', 'which', 'who',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would',
  'can', 'could', 'may', 'might', 'must', 'shall', 'should', 'not', 'no', 'it', 'they', 'he', 'she', 'we', 'i',
  'you', 'them', 'him', 'us', 'said', 'says', 'say',
]);

function isSkippable(token: Token): boolean {
  if (token.kind !== 'word') return false;
  if (DETERMINERS.has(token.key)) return true;
  if (BREAKERS.has(token.key)) return false;
  // Modifiers inside a phrase are written in lower case ("the occupied mountainous region");
  // numbers ("seven villages") too.
  const first = token.text.charAt(0);
  return first === first.toLowerCase();
}

/**
 * Word-token indices where the next noun phrase may start, after token `after`
 * and before `limit` (the sentence end), stepping over at most `within` words.
 */
export function nextPhraseStarts(tokens: readonly Token[], after: number, limit: number, within: number): number[] {
  const starts: number[] = [];
  let skipped = 0;
  for (let i = after + 1; i < limit; i++) {
    const token = tokens[i];
    if (!token) break;
    if (token.kind === 'quote') continue;
    if (token.kind !== 'word') break;
    starts.push(i);
    if (!isSkippable(token) || ++skipped > within) break;
  }
  return starts;
}

/**
 * Token indices where the previous noun phrase may end, before token `before` and
 * not before `floor` (the sentence start): the word just before (across a joining
 * hyphen or one comma), then further back over at most `within` modifier words.
 */
export function previousPhraseEnds(tokens: readonly Token[], before: number, floor: number, within: number): number[] {
  const ends: number[] = [];
  let i = before - 1;
  const prev = tokens[i];
  if (prev && (prev.kind === 'hyphen' || prev.text === ',' || prev.kind === 'quote')) i--;
  let skipped = 0;
  for (; i >= floor; i--) {
    const token = tokens[i];
    if (token?.kind === 'hyphen') continue; // "Stepanakert-based separatists"
    if (!token || token.kind !== 'word') break;
    ends.push(i);
    if (!isSkippable(token) || ++skipped > within) break;
  }
  return ends;
}
