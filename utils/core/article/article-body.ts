import type { TextBlock } from './blocks';

/**
 * Matches page blocks against the JSON-LD `articleBody`: when a publisher states the
 * story text, a block whose word sequence appears in it is story text, however short.
 */

/** Shorter `articleBody` values are summaries or paywall stubs, not the story. */
const MIN_ARTICLE_BODY_CHARS = 400;
/** Words per shingle when matching a block to the stated body. */
const SHINGLE = 3;
/** Share of a block's shingles that must appear in the stated body. */
const MIN_SHARED = 0.6;

function shingles(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out: string[] = [];
  for (let i = 0; i + SHINGLE <= words.length; i++) out.push(words.slice(i, i + SHINGLE).join(' '));
  return out;
}

/** A predicate "is this block in the stated article body?", or undefined when the page states none. */
export function articleBodyMatcher(articleBody: string | null): ((block: TextBlock) => boolean) | undefined {
  if (articleBody === null || articleBody.length < MIN_ARTICLE_BODY_CHARS) return undefined;
  // Some publishers put HTML markup in articleBody.
  const known = new Set(shingles(articleBody.replace(/<[^>]*>/g, ' ')));
  const cache = new Map<TextBlock, boolean>();
  return (block) => {
    const cached = cache.get(block);
    if (cached !== undefined) return cached;
    const own = shingles(block.text);
    const result = own.length > 0 && own.filter((s) => known.has(s)).length / own.length >= MIN_SHARED;
    cache.set(block, result);
    return result;
  };
}

/**
 * A predicate "is this block a story paragraph inside the page's microdata `itemprop=articleBody`?",
 * or undefined when the page marks none. Boxes named as boilerplate inside it (captions, credits) don't count.
 */
export function microdataBodyMatcher(doc: Document, isStory: (block: TextBlock) => boolean): ((block: TextBlock) => boolean) | undefined {
  const marked = new Set<Element>(Array.from(doc.querySelectorAll('[itemprop~="articleBody"]')));
  if (marked.size === 0) return undefined;
  return (block) => {
    const at = block.path.findIndex((el) => marked.has(el));
    return at >= 0 && block.negativeDepth < at && isStory(block);
  };
}
