import { describe, expect, it } from 'vitest';
import { createQuoteLookup } from '../../../../utils/core/voice/quote-lookup';
import { findQuoteSpans, type QuoteSpan } from '../../../../utils/core/voice/quotes';

/** The plain scan the lookup replaces. */
function scan(spans: readonly QuoteSpan[], start: number, end: number): QuoteSpan | undefined {
  return spans.find((q) => q.depth === 0 && q.innerStart <= start && end <= q.innerEnd) ?? spans.find((q) => q.innerStart <= start && end <= q.innerEnd);
}

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Text with quotes, nested quotes, apostrophes and paragraph breaks that leave some quotes open. */
function quotedText(rnd: () => number): string {
  const pieces = ['He said ', '“We stay', '” ', '‘scare’ ', 'don’t ', '"plain" ', '“outer ‘inner’ words” ', '\n\n', '“carried on\n\n“and closed” ', 'Armenians’ ', '« guillemets » '];
  return Array.from({ length: 30 }, () => pieces[Math.floor(rnd() * pieces.length)]).join('');
}

describe('createQuoteLookup', () => {
  for (const seed of [1, 2, 3, 4, 5, 6]) {
    it(`finds the quote a scan over the quotes finds, for every span of a quoted text (seed ${seed})`, () => {
      const text = quotedText(random(seed));
      const spans = findQuoteSpans(text);
      expect(spans.length).toBeGreaterThan(0);
      const lookup = createQuoteLookup(spans);
      for (let start = 0; start <= text.length; start += 3) {
        for (let end = start; end <= Math.min(text.length, start + 40); end += 2) {
          expect(lookup.enclosing(start, end), `[${start}, ${end})`).toBe(scan(spans, start, end));
        }
      }
    });
  }

  it('prefers the earliest quote that reaches the end when quotes overlap, and a top-level one over a nested one', () => {
    const q = (start: number, end: number, depth: number): QuoteSpan => ({ start, end, innerStart: start + 1, innerEnd: end - 1, depth });
    const spans = [q(0, 30, 1), q(2, 12, 0), q(5, 40, 1), q(6, 9, 0)];
    const lookup = createQuoteLookup(spans);
    expect(lookup.enclosing(7, 8)).toBe(spans[1]);
    expect(lookup.enclosing(14, 20)).toBe(spans[0]);
    expect(lookup.enclosing(31, 35)).toBe(spans[2]);
    expect(lookup.enclosing(41, 42)).toBeUndefined();
    expect(createQuoteLookup([]).enclosing(0, 1)).toBeUndefined();
  });
});
