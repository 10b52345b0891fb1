/**
 * Token lookups by character offset. Tokens are in text order and never overlap, so both their
 * starts and their ends increase: a binary search finds the first token of a span, and the
 * tokens inside it follow one after another. Several steps ask this once per quote or per
 * attribution; scanning every token of the text each time was quadratic on long pages.
 */
import type { Token } from './tokenize';

/** Index of the first token that starts at or after `offset`; `tokens.length` when there is none. */
export function firstTokenFrom(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.start ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The tokens lying wholly inside the characters [start, end), as the index range [first, end). */
export function tokensWithin(tokens: readonly Token[], start: number, end: number): { first: number; end: number } {
  const first = firstTokenFrom(tokens, start);
  let last = first;
  while (last < tokens.length && (tokens[last]?.end ?? 0) <= end) last++;
  return { first, end: last };
}
