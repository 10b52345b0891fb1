import { describe, expect, it } from 'vitest';
import { foldKey, tokenize } from '../../../../utils/core/text/tokenize';

describe('tokenize', () => {
  it('keeps offsets: every token is the slice of the source at its offsets', () => {
    const source = 'Xankəndi and Ağdam’s “self‑styled” leaders — U.S. envoys, it’s said.';
    for (const t of tokenize(source)) expect(source.slice(t.start, t.end)).toBe(t.text);
  });

  it('reads Unicode letters with diacritics as one word', () => {
    expect(tokenize('Xankəndi Ağdam Şuşa').map((t) => t.text)).toEqual(['Xankəndi', 'Ağdam', 'Şuşa']);
  });

  it('splits a possessive off the word and flags it', () => {
    const [word] = tokenize('Azerbaijan’s ministry');
    expect(word).toMatchObject({ text: 'Azerbaijan', possessive: true, key: 'azerbaijan' });
    expect(tokenize("Armenia's")[0]).toMatchObject({ text: 'Armenia', possessive: true });
  });

  it.each([['self-styled'], ['self‐styled'], ['self‑styled'], ['self–styled'], ['self—styled']])('reads %s as word, joining hyphen, word', (text) => {
    expect(tokenize(text).map((t) => t.kind)).toEqual(['word', 'hyphen', 'word']);
  });

  it('reads a dash between spaces as punctuation, not a joining hyphen', () => {
    expect(tokenize('Karabakh – Azerbaijan').map((t) => t.kind)).toEqual(['word', 'punct', 'word']);
  });

  it('keeps apostrophes inside words and folds curly ones', () => {
    expect(tokenize('don’t')[0]).toMatchObject({ text: 'don’t', key: "don't" });
  });

  it('reads quotation marks of every style as quote tokens', () => {
    const kinds = tokenize('“a” ‘b’ «c» „d“ "e"').filter((t) => t.kind === 'quote').length;
    expect(kinds).toBe(10);
  });

  it('keeps dotted abbreviations as one word', () => {
    expect(tokenize('the U.S. envoy').map((t) => t.text)).toEqual(['the', 'U.S.', 'envoy']);
  });

  it('keeps an initial or a dotted abbreviation one word when its letters lie outside the BMP (two UTF-16 units)', () => {
    expect(tokenize('𝐀. Smith met 𝐀.𝐁. officials').map((t) => t.text)).toEqual(['𝐀.', 'Smith', 'met', '𝐀.𝐁.', 'officials']);
    expect(tokenize('e.g. this, J. Smith, x. y').map((t) => t.text)).toEqual(['e.g.', 'this', ',', 'J.', 'Smith', ',', 'x', '.', 'y']);
  });

  it('folds case and diacritic marks, and dotless i', () => {
    expect(foldKey('Ağdam')).toBe('agdam');
    expect(foldKey('AKINCI')).toBe(foldKey('Akıncı'));
    expect(foldKey('Xankəndi')).toBe('xankəndi');
  });

  it('folds plain ASCII (its short path) exactly as the full fold does, and still folds what is not ASCII', () => {
    const fullFold = (w: string): string => w.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\u0131/g, 'i').replace(/[\u2019\u02bc]/g, "'");
    const ascii = Array.from({ length: 0x80 }, (_, c) => String.fromCharCode(c)).join('');
    for (const word of [ascii, 'McHugh', "Don't", 'U.S.', 'PKK/YPG', '']) expect(foldKey(word)).toBe(fullFold(word));
    expect(foldKey('Don’t')).toBe("don't");
    expect(foldKey('Café Ağdam')).toBe('cafe agdam');
  });
});

describe('tokenize: joiners and initials', () => {
  it('reads a slash between words as a joiner with its own key', () => {
    expect(tokenize('PKK/YPG').map((t) => `${t.kind}:${t.key}`)).toEqual(['word:pkk', 'hyphen:/', 'word:ypg']);
    expect(tokenize('yes / no').map((t) => t.kind)).toEqual(['word', 'punct', 'word']);
  });

  it('keeps a capital initial before a name as one word', () => {
    expect(tokenize('S. Jaishankar said').map((t) => t.text)).toEqual(['S.', 'Jaishankar', 'said']);
  });
});
