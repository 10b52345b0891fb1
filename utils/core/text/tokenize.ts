/**
 * Splits article text into tokens with offsets, and folds each word to a match key.
 *
 * Words are runs of Unicode letters, marks and digits (so "Xankəndi" and "Ağdam" are one
 * word each), with apostrophes inside them ("don't"). A trailing possessive ('s or ’s) is
 * not part of the word: the token ends before it and carries `possessive`. A hyphen
 * between two word characters ("self-styled", all of ‐ ‑ ‒ – — ―) is its own `hyphen`
 * token, so "Armenian-occupied" holds the whole word "occupied"; a dash with a space on
 * either side is punctuation. A slash between two words ("PKK/YPG") is a joiner too,
 * with the key "/". A capital initial before a name ("S. Jaishankar") is one word. Quote characters are `quote` tokens; the voice module pairs them.
 */

export type TokenKind = 'word' | 'hyphen' | 'quote' | 'punct';

/** One token of the text; `text === source.slice(start, end)`. */
export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  text: string;
  /** Folded form for matching: lower case, no diacritic marks, straight apostrophe; "-" for hyphens. */
  key: string;
  /** A possessive 's / ’s followed the word (not included in start..end). */
  possessive: boolean;
}

/** Characters treated as a joining hyphen when they sit between two word characters. */
export const HYPHENS = '-\u2010\u2011\u2012\u2013\u2014\u2015';
/** Every quotation mark we pair: straight, curly, low-9, guillemets. */
export const QUOTE_CHARS = '"\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a\'\u2018\u2019\u201a\u201b';

// Sticky patterns tried in order at each position.
const SPACE = /\s+/y;
// Letter-dot abbreviations ("U.S.", "U.N.") are one word, so the dots do not end a sentence or a phrase.
const DOTTED_ABBREVIATION = /(?:\p{L}\.){2,}/uy;
// An initial before a capitalised name ("S. Jaishankar") is one word, so patterns can name it.
const INITIAL = /\p{Lu}\.(?=\s+\p{Lu})/uy;
const WORD = /[\p{L}\p{M}\p{N}]+(?:['\u2019\u02bc][\p{L}\p{M}\p{N}]+)*/uy;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const POSSESSIVE = /['\u2019\u02bc][sS]$/;
const HYPHEN_CLASS = new RegExp(`[${HYPHENS}]`);
const QUOTE_CLASS = new RegExp(`[${QUOTE_CHARS}]`);

/** Printable ASCII: nothing in it decomposes, is a mark, a dotless i or a curly apostrophe. */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Folds a word to its match key: NFKD, diacritic marks removed, lower case, ı→i, ’→'. */
export function foldKey(word: string): string {
  // Most words of English text are plain ASCII, where folding is only lower-casing (foldKey runs once per token).
  if (PRINTABLE_ASCII.test(word)) return word.toLowerCase();
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\u0131/g, 'i')
    .replace(/[\u2019\u02bc]/g, "'");
}

function wordToken(source: string, start: number, end: number): Token {
  let text = source.slice(start, end);
  let possessive = false;
  if (text.length > 2 && POSSESSIVE.test(text)) {
    possessive = true;
    end -= 2;
    text = text.slice(0, -2);
  }
  return { kind: 'word', start, end, text, key: foldKey(text), possessive };
}

/** Where the sticky `pattern` matched at `at` ends, or -1 when it does not match there. */
function matchEnd(pattern: RegExp, source: string, at: number): number {
  pattern.lastIndex = at;
  return pattern.test(source) ? pattern.lastIndex : -1;
}

/** Tokenizes `source`; whitespace is skipped, every other character belongs to exactly one token. */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    // test() on a sticky pattern leaves lastIndex at the end of the match: no match array per token.
    const space = matchEnd(SPACE, source, i);
    if (space !== -1) {
      i = space;
      continue;
    }
    // Both abbreviation patterns need a full stop right after the first letter (one or two UTF-16 units).
    const dotAfterLetter = source.charAt(i + 1) === '.' || source.charAt(i + 2) === '.';
    const abbreviation = dotAfterLetter ? matchEnd(DOTTED_ABBREVIATION, source, i) : -1;
    const end = abbreviation !== -1 || !dotAfterLetter ? abbreviation : matchEnd(INITIAL, source, i);
    if (end !== -1) {
      const text = source.slice(i, end);
      tokens.push({ kind: 'word', start: i, end, text, key: foldKey(text), possessive: false });
      i = end;
      continue;
    }
    const wordEnd = matchEnd(WORD, source, i);
    if (wordEnd !== -1) {
      tokens.push(wordToken(source, i, wordEnd));
      i = wordEnd;
      continue;
    }
    const ch = source.charAt(i);
    // Astral characters (emoji) are two UTF-16 units; keep them in one token.
    const width = (source.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
    const text = source.slice(i, i + width);
    let kind: TokenKind = 'punct';
    const joins = i > 0 && WORD_CHAR.test(source.charAt(i - 1)) && WORD_CHAR.test(source.charAt(i + 1));
    if (HYPHEN_CLASS.test(ch)) {
      kind = joins ? 'hyphen' : 'punct';
    } else if (ch === '/' && joins) {
      kind = 'hyphen'; // a joiner too ("PKK/YPG"), with its own key
    } else if (QUOTE_CLASS.test(ch)) {
      kind = 'quote';
    }
    const key = kind === 'hyphen' && ch !== '/' ? '-' : text;
    tokens.push({ kind, start: i, end: i + width, text, key, possessive: false });
    i += width;
  }
  return tokens;
}
