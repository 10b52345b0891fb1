import { describe, expect, it } from 'vitest';
import { nextPhraseStarts, previousPhraseEnds } from '../../../../utils/core/text/phrases';
import { tokenize } from '../../../../utils/core/text/tokenize';

function words(text: string, indices: number[]): string[] {
  const tokens = tokenize(text);
  return indices.map((i) => tokens[i]?.text ?? '?');
}

describe('noun-phrase helpers', () => {
  it('finds where the next phrase may start, stepping over determiners and modifiers', () => {
    const text = 'occupied the mountainous Karabakh region';
    expect(words(text, nextPhraseStarts(tokenize(text), 0, 5, 3))).toEqual(['the', 'mountainous', 'Karabakh']);
  });

  it('stops at prepositions', () => {
    const text = 'occupied by hotel guests';
    expect(words(text, nextPhraseStarts(tokenize(text), 0, 4, 3))).toEqual(['by']);
  });

  it('finds the previous phrase across a joining hyphen or a comma', () => {
    const a = 'Armenian-occupied areas';
    expect(words(a, previousPhraseEnds(tokenize(a), 2, 0, 3))).toEqual(['Armenian']);
    const b = 'Karabakh, occupied since 1994';
    expect(words(b, previousPhraseEnds(tokenize(b), 2, 0, 3))).toEqual(['Karabakh']);
  });
});
