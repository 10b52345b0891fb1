import { isHardExcluded } from './boilerplate';

/**
 * The cheap check (Readability's `isProbablyReaderable` idea, our own signals): article
 * markup, or enough long paragraphs. No block walk, no scoring.
 */

/** Paragraphs shorter than this say nothing about a page (captions, teasers, labels). */
const MIN_PARAGRAPH_CHARS = 140;
/** Sum of sqrt(length - MIN_PARAGRAPH_CHARS) over paragraphs above which a page is probably a story (Readability uses 20). */
const MIN_PARAGRAPH_SCORE = 20;
/** Paragraphs with more linked text than this share are teasers. */
const MAX_LINK_DENSITY = 0.3;
/** og:type values of stories. */
const ARTICLE_OG_TYPES = /^(?:article|news|blog|blogpost)$/i;
/** Microdata item types of stories. */
const ARTICLE_ITEMTYPE = /schema\.org\/(?:\w*Article|BlogPosting|LiveBlogPosting|Report)\b/;

/** Article markup outside JSON-LD (og:type, microdata), described for a reason string, or null. */
export function structuredArticleType(doc: Document): string | null {
  const og = doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.trim() ?? '';
  if (ARTICLE_OG_TYPES.test(og)) return `og:type ${og}`;
  if (doc.querySelector('[itemprop="articleBody"]') !== null) return 'microdata articleBody';
  const typed = Array.from(doc.querySelectorAll('[itemtype]')).find((el) => ARTICLE_ITEMTYPE.test(el.getAttribute('itemtype') ?? ''));
  return typed === undefined ? null : `microdata ${(typed.getAttribute('itemtype') ?? '').replace(/^.*\//, '')}`;
}

function isVisibleInPage(el: Element): boolean {
  for (let e: Element | null = el; e !== null; e = e.parentElement) if (isHardExcluded(e)) return false;
  return true;
}

function linkChars(el: Element): number {
  let n = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) n += (a.textContent ?? '').trim().length;
  return n;
}

/** Quick guess whether `doc` holds a story worth full detection (true for most news pages). */
export function isProbablyArticle(doc: Document): boolean {
  let score = 0;
  for (const p of Array.from(doc.querySelectorAll('p, pre'))) {
    const length = (p.textContent ?? '').trim().length;
    if (length < MIN_PARAGRAPH_CHARS) continue;
    if (linkChars(p) / length > MAX_LINK_DENSITY || !isVisibleInPage(p)) continue;
    score += Math.sqrt(length - MIN_PARAGRAPH_CHARS);
    if (score > MIN_PARAGRAPH_SCORE) return true;
  }
  return false;
}
