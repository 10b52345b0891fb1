import { describe, expect, it } from 'vitest';
import { firstTokenFrom, tokensWithin } from '../../../../utils/core/text/token-range';
import { tokenize } from '../../../../utils/core/text/tokenize';

const TEXT = 'He said: “We will stay,” and left — the talks’ end.';
const tokens = tokenize(TEXT);

/** The same answers by a plain scan over every token, to check the binary search against. */
function scanFirstFrom(offset: number): number {
  const i = tokens.findIndex((t) => t.start >= offset);
  return i === -1 ? tokens.length : i;
}
function scanWithin(start: number, end: number): number[] {
  return tokens.flatMap((t, i) => (t.start >= start && t.end <= end ? [i] : []));
}

describe('firstTokenFrom', () => {
  it('finds the first token starting at or after every offset, and the length past the end', () => {
    for (let offset = -1; offset <= TEXT.length + 1; offset++) expect(firstTokenFrom(tokens, offset), `offset ${offset}`).toBe(scanFirstFrom(offset));
    expect(firstTokenFrom(tokens, TEXT.length + 1)).toBe(tokens.length);
    expect(firstTokenFrom([], 3)).toBe(0);
  });
});

describe('tokensWithin', () => {
  it('gives the tokens wholly inside every span of the text', () => {
    for (let start = 0; start <= TEXT.length; start++) {
      for (let end = start; end <= TEXT.length; end++) {
        const within = tokensWithin(tokens, start, end);
        const range = Array.from({ length: Math.max(0, within.end - within.first) }, (_, k) => within.first + k);
        expect(range, `[${start}, ${end})`).toEqual(scanWithin(start, end));
      }
    }
  });

  it('gives the quoted words of a quote', () => {
    const open = TEXT.indexOf('“');
    const within = tokensWithin(tokens, open + 1, TEXT.indexOf('”'));
    expect(tokens.slice(within.first, within.end).map((t) => t.text)).toEqual(['We', 'will', 'stay', ',']);
  });
});
