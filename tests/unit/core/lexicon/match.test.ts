import { describe, expect, it } from 'vitest';
import { compileLexicon } from '../../../../utils/core/lexicon/compile';
import { findEntries } from '../../../../utils/core/lexicon/find-entries';
import { createScanContext } from '../../../../utils/core/lexicon/scan-context';
import type { Pack } from '../../../../utils/core/lexicon/schema';
import { actor, pack, place, term } from '../make-pack';

function found(packs: Pack[], text: string): string[] {
  const ctx = createScanContext(text, compileLexicon(packs));
  return findEntries(ctx).map((f) => `${ctx.lexicon.packs[f.pack]?.entries[f.entry]?.id}:${text.slice(f.start, f.end)}`);
}

describe('matcher', () => {
  const words = pack('words', [term('so-called', ['so~called']), term('occupied', ['occup[y,ied,ation]']), term('regime', ['the * regime'])]);

  it('matches whole words only', () => {
    expect(found([words], 'The reoccupied flat was preoccupied.')).toEqual([]);
    expect(found([words], 'It was occupied.')).toEqual(['occupied:occupied']);
  });

  it.each([['so-called'], ['so called'], ['socalled'], ['so‑called'], ['So-Called']])('matches %s for so~called', (text) => {
    expect(found([words], `The ${text} talks.`)).toEqual([`so-called:${text}`]);
  });

  it('matches inflections listed in the pattern, not others', () => {
    expect(found([words], 'occupation, occupy, occupies')).toEqual(['occupied:occupation', 'occupied:occupy']);
  });

  it('lets * stand for one word, including a hyphenated compound', () => {
    expect(found([words], 'the Assad regime and the Nagorno-Karabakh regime')).toEqual([
      'regime:the Assad regime',
      'regime:the Nagorno-Karabakh regime',
    ]);
    expect(found([words], 'the old Assad regime')).toEqual([]);
  });

  it('matches across a possessive and a curly apostrophe', () => {
    const p = pack('a', [actor('mod', ["Azerbaijan's Defence Ministry"])]);
    expect(found([p], 'Azerbaijan’s Defence Ministry said so.')).toEqual(['mod:Azerbaijan’s Defence Ministry']);
    const isna = pack('b', [actor('isna', ["Iranian Students' News Agency"])]);
    expect(found([isna], 'the Iranian Students’ News Agency reported')).toEqual(['isna:Iranian Students’ News Agency']);
  });

  it('matches names with initials and slashes', () => {
    const p = pack('a', [actor('sj', ['S. Jaishankar']), actor('pkk-ypg', ['PKK/YPG'])]);
    expect(found([p], 'S. Jaishankar met PKK/YPG envoys; PKK YPG is different.')).toEqual(['sj:S. Jaishankar', 'pkk-ypg:PKK/YPG']);
  });

  it('never matches a phrase across a paragraph break', () => {
    const p = pack('a', [term('t', ['Karabakh fighting'])]);
    expect(found([p], 'Karabakh\n\nfighting resumed')).toEqual([]);
  });

  it('requires the capitals of exact-case names and ignores case for terms', () => {
    const p = pack('a', [actor('turkey', ['Turkey'])]);
    expect(found([p], 'We ate turkey. Turkey objected. TURKEY WARNS')).toEqual(['turkey:Turkey', 'turkey:TURKEY']);
  });

  it('matches diacritics in either form', () => {
    const p = pack('a', [place('agdam', [{ name: 'Ağdam', patterns: ['Ağdam'] }])]);
    expect(found([p], 'Agdam and Ağdam')).toEqual(['agdam:Agdam', 'agdam:Ağdam']);
  });

  it('resolves overlaps by priority, then length', () => {
    const p = pack('a', [term('short', ['occupied']), term('long', ['occupied territories']), term('top', ['territories'], { priority: 5 })]);
    expect(found([p], 'the occupied territories')).toEqual(['short:occupied', 'top:territories']);
    const q = pack('b', [term('short', ['occupied']), term('long', ['occupied territories'])]);
    expect(found([q], 'the occupied territories')).toEqual(['long:occupied territories']);
  });

  it('keeps the cue-activated pack when an always-on pack overlaps it', () => {
    const specific = pack('specific', [term('sc', ['so-called'])], { activation: { cues: ['Karabakh'], minHits: 1 } });
    expect(found([words, specific], 'the so-called Karabakh talks')).toEqual(['sc:so-called']);
  });

  it('costs the same per entry: thousands of entries still find the one that occurs', () => {
    const many = pack('many', Array.from({ length: 3000 }, (_, i) => term(`t${i}`, [`word${i} phrase${i}`])));
    expect(found([many], 'a word2999 phrase2999 here')).toEqual(['t2999:word2999 phrase2999']);
  });
});

describe('activation', () => {
  const cued = pack('k', [term('occupied', ['occupied'])], { activation: { cues: ['Karabakh', 'Armenia'], minHits: 2 } });

  it('stays off without enough cues', () => {
    expect(found([cued], 'The office was occupied. Karabakh was mentioned once.')).toEqual([]);
  });

  it('switches on with enough cues', () => {
    expect(found([cued], 'Armenia said Karabakh was occupied.')).toEqual(['occupied:occupied']);
  });
});
