/**
 * Finds quoted spans in article text: " " “ ” ‘ ’ ' ' « » ‹ › „ “ ‚ ‘, nested quotes, and
 * quotes that run over several paragraphs by the news convention (a paragraph that
 * continues a quote opens with a quotation mark, and the previous one does not close it).
 * An apostrophe inside or after a word ("don’t", "Armenians’") is not a quote. A quote
 * left open at the end of a paragraph that is not continued is dropped rather than
 * guessed, so a stray mark never turns the rest of an article into a quote.
 */

import { createQuoteLookup, type QuoteLookup } from './quote-lookup';

/** One quotation: marks at `start` and `end - 1`; the words inside are [innerStart, innerEnd). */
export interface QuoteSpan {
  start: number;
  end: number;
  innerStart: number;
  innerEnd: number;
  /** 0 for a top-level quote, 1 for a quote inside it, … */
  depth: number;
}

type Family = 'double' | 'single' | 'guillemet' | 'angle';

interface Open {
  family: Family;
  start: number;
  depth: number;
  /** The quote was carried over a paragraph break and reopened. */
  carried: boolean;
  /** The opening mark: „ and ‚ are closed by “ and ‘ (German style). */
  mark: string;
}

const LETTER = /[\p{L}\p{M}\p{N}]/u;
/** German-style openers and the marks that close them. */
const LOW_HIGH: Record<string, string> = { '\u201e': '\u201c', '\u201a': '\u2018' };
const OPENING_CONTEXT = /[\s([{\u2014\u2013/:-]/;

/** The family of each quotation mark; one lookup per character (the text is read character by character). */
const FAMILIES = new Map<string, Family>([
  ...[...'"\u201c\u201d\u201e\u201f'].map((ch): [string, Family] => [ch, 'double']),
  ...[..."'\u2018\u2019\u201a\u201b"].map((ch): [string, Family] => [ch, 'single']),
  ...[...'\u00ab\u00bb'].map((ch): [string, Family] => [ch, 'guillemet']),
  ...[...'\u2039\u203a'].map((ch): [string, Family] => [ch, 'angle']),
]);

/** A line break or any character of FAMILIES (‘ ’ ‚ ‛ “ ” „ ‟ are U+2018–U+201F). */
const MARK_OR_BREAK = /[\n"'\u2018-\u201f\u00ab\u00bb\u2039\u203a]/g;

function familyOf(ch: string): Family | null {
  return FAMILIES.get(ch) ?? null;
}

/** 'open' | 'close' | 'either' | null (not a quote here, e.g. an apostrophe). */
function roleOf(text: string, i: number): 'open' | 'close' | 'either' | null {
  const ch = text.charAt(i);
  const before = i > 0 ? text.charAt(i - 1) : ' ';
  const after = i + 1 < text.length ? text.charAt(i + 1) : ' ';
  const openCtx = OPENING_CONTEXT.test(before) || familyOf(before) !== null;
  switch (ch) {
    case '\u201c': case '\u201e': case '\u00ab': case '\u2039': case '\u201a': case '\u2018': case '\u201b': case '\u201f':
      // ‘ right after a letter is a mis-typed apostrophe.
      return ch === '\u2018' && LETTER.test(before) ? null : 'open';
    case '\u201d': case '\u00bb': case '\u203a':
      return 'close';
    case '\u2019': case "'":
      if (LETTER.test(before) && LETTER.test(after)) return null; // don’t, it's
      if (openCtx && !/\s/.test(after)) return 'open';
      if (LETTER.test(before) && /[sS]/.test(before)) return 'either'; // Armenians’ or a closing quote
      return /\s/.test(before) ? null : 'close';
    case '"':
      if (openCtx && !/\s/.test(after)) return 'open';
      return /\s/.test(before) ? null : 'close';
    default:
      return null;
  }
}

/** Returns every quote span in `text`, outer quotes before the quotes nested in them. */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let stack: Open[] = [];
  const paragraphEnd = (at: number): void => {
    // Keep open quotes whose next paragraph opens with a mark of the same family (a continued quote).
    const next = text.slice(at).match(/^\s*(.)/su);
    const nextFamily = next?.[1] ? familyOf(next[1]) : null;
    stack = stack.filter((o) => o.depth === 0 && o.family === nextFamily).map((o) => ({ ...o, carried: true }));
  };
  for (let i = 0; i < text.length; i++) {
    // Only line breaks and quotation marks matter: jump to the next one instead of reading every character.
    MARK_OR_BREAK.lastIndex = i;
    const hit = MARK_OR_BREAK.exec(text);
    if (!hit) break;
    i = hit.index;
    const ch = text.charAt(i);
    if (ch === '\n' && text.charAt(i + 1) === '\n') {
      paragraphEnd(i);
      i++;
      // Skip the continuation mark that reopens the carried quote.
      const m = text.slice(i + 1).match(/^\s*/);
      const markAt = i + 1 + (m?.[0].length ?? 0);
      if (stack.length > 0) i = markAt;
      continue;
    }
    const family = familyOf(ch);
    if (!family) continue;
    const role = roleOf(text, i);
    if (!role) continue;
    const top = [...stack].reverse().find((o) => o.family === family);
    const lowHigh = top && LOW_HIGH[top.mark] === ch;
    if (((role === 'close' || role === 'either') && top) || (lowHigh && top)) {
      const index = stack.lastIndexOf(top);
      stack = stack.slice(0, index);
      spans.push({ start: top.start, end: i + 1, innerStart: top.start + 1, innerEnd: i, depth: top.depth });
    } else if (role === 'open') {
      stack.push({ family, start: i, depth: stack.length, carried: false, mark: ch });
    }
  }
  return spans.sort((a, b) => a.start - b.start || a.depth - b.depth);
}

/** One lookup per list of quotes (voice asks for every finding of a text). */
const lookups = new WeakMap<readonly QuoteSpan[], QuoteLookup>();

/** The outermost quote whose inner text contains [start, end), if any; `spans` as findQuoteSpans returns them. */
export function enclosingQuote(spans: readonly QuoteSpan[], start: number, end: number): QuoteSpan | undefined {
  let lookup = lookups.get(spans);
  if (!lookup) {
    lookup = createQuoteLookup(spans);
    lookups.set(spans, lookup);
  }
  return lookup.enclosing(start, end);
}
