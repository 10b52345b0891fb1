/**
 * Which quote encloses a span, by binary search: voice asks this for every finding, and
 * looking through every quote of the text each time cost findings × quotes on long pages.
 * The answer is the one `spans.find` gives over the quotes in their order (by start): the
 * first quote that starts at or before the span and ends at or after it.
 */
import type { QuoteSpan } from './quotes';

interface Column {
  spans: readonly QuoteSpan[];
  /** Largest innerEnd among spans[0..i]: it only grows, so a binary search finds where it first reaches a span's end. */
  reach: number[];
}

function column(spans: readonly QuoteSpan[]): Column {
  const reach: number[] = [];
  let max = -Infinity;
  for (const q of spans) {
    max = Math.max(max, q.innerEnd);
    reach.push(max);
  }
  return { spans, reach };
}

/** Number of leading values of a non-decreasing sequence of `length` for which `below(i)` holds. */
function countWhile(length: number, below: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (below(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first of `c.spans` (sorted by innerStart) whose inner text contains [start, end). */
function firstContaining(c: Column, start: number, end: number): QuoteSpan | undefined {
  const startsBefore = countWhile(c.spans.length, (i) => (c.spans[i] as QuoteSpan).innerStart <= start);
  // Before index `first` no quote reaches `end`; the quote at `first` is the one that does.
  const first = countWhile(c.reach.length, (i) => (c.reach[i] as number) < end);
  return first < startsBefore ? c.spans[first] : undefined;
}

export interface QuoteLookup {
  /** The outermost quote whose inner text contains [start, end): a top-level one first, else any. */
  enclosing(start: number, end: number): QuoteSpan | undefined;
}

/** A lookup over `spans` as findQuoteSpans returns them (sorted by start). */
export function createQuoteLookup(spans: readonly QuoteSpan[]): QuoteLookup {
  const top = column(spans.filter((q) => q.depth === 0));
  const all = column(spans);
  return { enclosing: (start, end) => firstContaining(top, start, end) ?? firstContaining(all, start, end) };
}
