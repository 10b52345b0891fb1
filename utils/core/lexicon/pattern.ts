/**
 * Parses the pack pattern syntax (see `Pattern` in schema.ts) into token sequences.
 *
 * `liberat[e,ed,ion]` expands to three words, `self~styled` to "self-styled",
 * "self styled" and "selfstyled", `*` is one word. Each expansion is tokenized with
 * the same tokenizer as article text, so a pattern and the text it should match always
 * agree on word boundaries, hyphens, apostrophes and diacritics.
 */
import { tokenize } from '../text/tokenize';

/** Most expansions one pattern may produce: a typo like `a[b,c][d,e][f,g]…` should not explode. */
export const MAX_ALTERNATIVES = 256;
/** The key of a one-word wildcard; no text token can have it (keys never contain NUL). */
export const WILDCARD = '\u0000*';

/** One position of a compiled pattern: a folded key and the letters as written (for case checks). */
export interface PatternToken {
  key: string;
  raw: string;
}

export type ParsedPattern =
  | { ok: true; alternatives: PatternToken[][] }
  | { ok: false; error: string };

const REGEX_LOOKING = /[()|+?\\^${}]/;

function product(parts: string[][]): string[] {
  let out = [''];
  for (const options of parts) {
    const next: string[] = [];
    for (const prefix of out) for (const option of options) next.push(prefix + option);
    out = next;
    if (out.length > MAX_ALTERNATIVES) break;
  }
  return out;
}

/** `stem[a,b]rest` → its expansions; throws a message on unbalanced or nested brackets. */
function expandBrackets(pattern: string): string[] {
  const parts: string[][] = [];
  let i = 0;
  while (i < pattern.length) {
    const open = pattern.indexOf('[', i);
    const close = pattern.indexOf(']', i);
    if (open === -1) {
      if (close !== -1) throw new Error(`"]" without "[" at position ${close}`);
      parts.push([pattern.slice(i)]);
      break;
    }
    if (close !== -1 && close < open) throw new Error(`"]" without "[" at position ${close}`);
    const end = pattern.indexOf(']', open);
    if (end === -1) throw new Error(`"[" at position ${open} is never closed`);
    const body = pattern.slice(open + 1, end);
    if (body.includes('[')) throw new Error('endings cannot be nested: write `stem[a,b]`');
    if (/\s/.test(body)) throw new Error('endings in [ ] cannot contain spaces');
    if (open === 0 || /\s/.test(pattern.charAt(open - 1))) throw new Error('endings in [ ] must follow a stem, e.g. `liberat[e,ed]`');
    parts.push([pattern.slice(i, open)]);
    parts.push(body.split(','));
    i = end + 1;
  }
  return product(parts);
}

/** `a~b` → "a-b", "a b", "ab". */
function expandJoins(pattern: string): string[] {
  const pieces = pattern.split('~');
  if (pieces.some((p, k) => (k > 0 && /^\s|^$/.test(p)) || (k < pieces.length - 1 && /\s$|^$/.test(p)))) {
    throw new Error('"~" must join two words with no space around it, e.g. `self~styled`');
  }
  const parts: string[][] = [];
  pieces.forEach((piece, k) => {
    if (k > 0) parts.push(['-', ' ', '']);
    parts.push([piece]);
  });
  return product(parts);
}

function tokensOf(expansion: string): PatternToken[] {
  // A plural possessive ("Students' Union") is matched like a possessive: the apostrophe is not part of the word.
  const text = expansion.replace(/([sS])['\u2019](?=\s|$)/g, '$1');
  const out: PatternToken[] = [];
  for (const token of tokenize(text)) {
    const alone = /^\s?$/.test(text.charAt(token.start - 1)) && /^\s?$/.test(text.charAt(token.end));
    if (token.text === '*' && alone) out.push({ key: WILDCARD, raw: '*' });
    else if (token.kind === 'word' || token.kind === 'hyphen') out.push({ key: token.key, raw: token.text });
    else throw new Error(`"${token.text}" is not part of a word; patterns hold words, hyphens and apostrophes only`);
  }
  return out;
}

/** Parses one pattern; a bad pattern gives a one-line explanation instead of alternatives. */
export function parsePattern(pattern: string): ParsedPattern {
  try {
    if (pattern.trim() === '') throw new Error('empty pattern');
    const regexChar = REGEX_LOOKING.exec(pattern);
    if (regexChar) {
      throw new Error(`"${regexChar[0]}" looks like a regular expression; patterns are literal words with [endings], ~ joins and * wildcards`);
    }
    const bracketed = expandBrackets(pattern);
    // Counted before the joins are expanded: `a[b,c,…]~d~e~…` would build millions of strings first.
    const variants = bracketed.reduce((n, b) => n + 3 ** (b.split('~').length - 1), 0);
    if (variants > MAX_ALTERNATIVES) throw new Error(`expands to more than ${MAX_ALTERNATIVES} variants`);
    const expansions = bracketed.flatMap(expandJoins);
    const seen = new Set<string>();
    const alternatives: PatternToken[][] = [];
    for (const expansion of expansions) {
      const tokens = tokensOf(expansion);
      if (tokens.length === 0) continue;
      if (tokens.every((t) => t.key === WILDCARD)) throw new Error('a pattern needs at least one literal word');
      const id = tokens.map((t) => t.raw).join('\u0001');
      if (seen.has(id)) continue;
      seen.add(id);
      alternatives.push(tokens);
    }
    if (alternatives.length === 0) throw new Error('the pattern holds no words');
    return { ok: true, alternatives };
  } catch (error) {
    return { ok: false, error: `pattern "${pattern}": ${(error as Error).message}` };
  }
}
