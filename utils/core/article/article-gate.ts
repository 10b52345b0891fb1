import { isHardExcluded } from './boilerplate';
import { ARTICLE_BODY_BONUS } from './choose-root';
import { MIN_STRUCTURED_CHARS, MIN_UNMARKED_CHARS } from './detect-article';

/**
 * The "no article possible" gate: a few cheap DOM reads that prove a page too short for
 * `detectArticle` to say yes, so the content script can skip detection on such pages (issue 7:
 * a page without an article should cost under 2 ms). Sound, never a guess: every bound below
 * follows from detection's own rules (tests/unit/core/article/article-gate.test.ts checks it
 * on the fixtures, the corpus and random pages).
 *
 * Detection says yes only when the chosen root's story characters (`goodChars`) reach
 * MIN_STRUCTURED_CHARS with article markup, MIN_UNMARKED_CHARS without. `goodChars` sums the
 * normalised text of distinct blocks (each text node is in one block at most), each weighted at
 * most 1 + ARTICLE_BODY_BONUS (a block of the publisher's stated body), 1 without a stated body.
 * A block's normalised text keeps only the characters that are not collapsible whitespace
 * (text-map.ts `normalizeText`), with at most one space between two of them (a `<br>` or a table
 * cell can put a space where the page has none), so it is shorter than twice its
 * non-whitespace characters. Hence, with N the non-whitespace characters of the page's text:
 *   goodChars < 2 · N · (1 + ARTICLE_BODY_BONUS) with markup or a stated body, goodChars < 2 · N without.
 */

/** Collapsible whitespace, exactly as `normalizeText` collapses it (anything else may be a character of a block). */
const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d, 0x0c, 0xa0]);
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
/** A normalised block is shorter than this many times its non-whitespace characters. */
const SPACING_FACTOR = 2;
/** Below this many non-whitespace characters no page is an article, marked or not. */
export const MIN_ARTICLE_INK_MARKED = Math.ceil(MIN_STRUCTURED_CHARS / (SPACING_FACTOR * (1 + ARTICLE_BODY_BONUS)));
/** Below this many, no page without article markup and without a stated body is one. */
export const MIN_ARTICLE_INK_UNMARKED = Math.ceil(MIN_UNMARKED_CHARS / SPACING_FACTOR);

/**
 * Everything that can make detection read the page as marked (JSON-LD, og:type, microdata
 * `articleBody` or item type: probably-article.ts `structuredArticleType`, json-ld.ts) or give its
 * blocks the stated-body bonus (article-body.ts). A superset: any of them switches the lower bound on.
 */
const MARKUP_OR_STATED_BODY = 'script[type="application/ld+json"], meta[property="og:type"], [itemprop~="articleBody"], [itemprop="articleBody"], [itemtype]';

/**
 * Non-whitespace characters of the text under `root`, counted up to `limit` (the walk stops there).
 * Subtrees detection never reads (blocks.ts skips hard-excluded elements: the head, scripts, nav,
 * footers, hidden boxes) are skipped here too; everything else counts, however deep.
 */
function countInk(root: Node, limit: number): number {
  let ink = 0;
  // Iterative: a script-built nest of any depth must not overflow the stack.
  let node: Node | null = root;
  while (node !== null) {
    if (node.nodeType === TEXT_NODE) {
      const data = (node as Text).data;
      for (let i = 0; i < data.length; i++) if (!WHITESPACE.has(data.charCodeAt(i))) ink++;
      if (ink >= limit) return ink;
    }
    const skipped: boolean = node !== root && node.nodeType === ELEMENT_NODE && isHardExcluded(node as Element);
    let next: Node | null = skipped ? null : node.firstChild;
    while (next === null && node !== null && node !== root) {
      next = node.nextSibling;
      if (next === null) node = node.parentNode;
    }
    node = next;
  }
  return ink;
}

/**
 * Why `doc` cannot hold an article by detection's rules, or null when it might (then only full
 * detection can tell). Reads the text once up to a few hundred characters and, on a short page,
 * runs one selector; no block walk. The reason is for logs and tests: the report shows none.
 */
export function noArticlePossible(doc: Document): string | null {
  // The same root as detection's block walk (detect-article.ts).
  const root = doc.documentElement ?? doc.body;
  if (root === null) return 'the document has no body';
  const ink = countInk(root, MIN_ARTICLE_INK_UNMARKED);
  if (ink < MIN_ARTICLE_INK_MARKED) return `only ${ink} characters of text`;
  if (ink < MIN_ARTICLE_INK_UNMARKED && doc.querySelector(MARKUP_OR_STATED_BODY) === null) {
    return `no article markup and only ${ink} characters of text`;
  }
  return null;
}
