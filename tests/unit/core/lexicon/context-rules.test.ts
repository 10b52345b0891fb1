import { describe, expect, it } from 'vitest';
import { compileLexicon } from '../../../../utils/core/lexicon/compile';
import { findEntries } from '../../../../utils/core/lexicon/find-entries';
import { createScanContext } from '../../../../utils/core/lexicon/scan-context';
import type { PackInput } from '../../../../utils/core/lexicon/schema';
import { actor, pack, place, term } from '../make-pack';

type Rule = NonNullable<Extract<PackInput['entries'][number], { kind: 'term' }>['context']>[number];

function matches(rules: Rule[], text: string): boolean {
  const p = pack('k', [
    term('occupied', ['occup[ied,ation,ying]'], { context: rules }),
    place('karabakh', [{ name: 'Karabakh', patterns: ['Karabakh', 'Nagorno~Karabakh'] }]),
    actor('armenia', ['Armenia', 'Armenian']),
  ]);
  const ctx = createScanContext(text, compileLexicon([p]));
  return findEntries(ctx).some((f) => f.entry === 0);
}

describe('context rules', () => {
  it.each([
    ['occupied Karabakh', true],
    ['Armenian-occupied areas', true],
    ['the occupation of Karabakh', true],
    ['the hotel was fully occupied', false],
    ['the office was occupied by protesters', false],
  ])('sentence-mentions: %s → %s', (text, expected) => {
    expect(matches([{ type: 'sentence-mentions', kinds: ['place', 'actor'] }], text)).toBe(expected);
  });

  it.each([
    ['occupied Karabakh', true],
    ['the occupied Nagorno-Karabakh region', true],
    ['occupied the mountainous Karabakh region', true],
    ['occupied by Karabakh guests', false],
    ['Karabakh hotels were occupied', false],
  ])('next-phrase-is place: %s → %s', (text, expected) => {
    expect(matches([{ type: 'next-phrase-is', kinds: ['place'], within: 3 }], text)).toBe(expected);
  });

  it.each([
    ['Armenian-occupied areas', true],
    ['Karabakh, occupied since 1994', true],
    ['areas occupied by Armenia', false],
  ])('previous-phrase-is: %s → %s', (text, expected) => {
    expect(matches([{ type: 'previous-phrase-is', kinds: ['place', 'actor'], within: 3 }], text)).toBe(expected);
  });

  it.each([
    ['militarily occupied', true],
    ['militarily and fully occupied', false],
  ])('preceded-by within 1: %s → %s', (text, expected) => {
    expect(matches([{ type: 'preceded-by', patterns: ['militarily'], within: 1 }], text)).toBe(expected);
  });

  it.each([
    ['occupied territories', true],
    ['occupied hotel rooms and territories', false],
  ])('followed-by within 1: %s → %s', (text, expected) => {
    expect(matches([{ type: 'followed-by', patterns: ['territor[y,ies]'], within: 1 }], text)).toBe(expected);
  });

  it.each([
    ['occupied territories', true],
    ['militarily occupied territories', false],
    ['militarily and fully occupied', true],
  ])('not-preceded-by within 1: %s → %s', (text, expected) => {
    expect(matches([{ type: 'not-preceded-by', patterns: ['militarily'], within: 1 }], text)).toBe(expected);
  });

  it.each([
    ['occupied territories', true],
    ['occupied seats', false],
    ['occupied, empty seats', true],
    ['occupied seats. Karabakh', false],
  ])('not-followed-by within 1: %s → %s', (text, expected) => {
    expect(matches([{ type: 'not-followed-by', patterns: ['seat[,s]', 'hotel'], within: 1 }], text)).toBe(expected);
  });

  it('sentence-has and sentence-lacks look at the same sentence only', () => {
    const has: Rule[] = [{ type: 'sentence-has', patterns: ['troops'] }];
    expect(matches(has, 'Troops occupied the hill.')).toBe(true);
    expect(matches(has, 'Troops arrived. The hill was occupied.')).toBe(false);
    const lacks: Rule[] = [{ type: 'sentence-lacks', patterns: ['hotel', 'seat[,s]'] }];
    expect(matches(lacks, 'All seats were occupied.')).toBe(false);
    expect(matches(lacks, 'The hill was occupied.')).toBe(true);
  });

  it('capitalised: a capital mid-sentence is evidence; at a sentence start it is not', () => {
    expect(matches([{ type: 'capitalised', value: true }], 'the Occupation Museum')).toBe(true);
    expect(matches([{ type: 'capitalised', value: true }], 'the occupation')).toBe(false);
    expect(matches([{ type: 'capitalised', value: false }], 'the Occupation Museum')).toBe(false);
    expect(matches([{ type: 'capitalised', value: false }], 'Occupation ended.')).toBe(true);
  });

  it('needs every rule to hold', () => {
    const both: Rule[] = [{ type: 'sentence-mentions', kinds: ['place'] }, { type: 'sentence-lacks', patterns: ['hotel'] }];
    expect(matches(both, 'The Karabakh hotel was occupied.')).toBe(false);
    expect(matches(both, 'Karabakh was occupied.')).toBe(true);
  });
});
