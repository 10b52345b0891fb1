/**
 * What is never story text (hard exclusions: skipped everywhere) and what usually isn't
 * (soft: class/id names like "related" or "share", short teaser phrases). Soft marks only
 * count inside the chosen article root, so a `<body class="has-sidebar">` costs nothing.
 */

/** Elements whose content is never story text. Readability removes the same kinds in `_prepDocument`/`_cleanConditionally`. */
const EXCLUDED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'iframe', 'object', 'embed', 'video', 'audio',
  'button', 'select', 'option', 'textarea', 'input', 'label', 'nav', 'aside', 'footer', 'figure', 'figcaption',
  'menu', 'dialog', 'head', 'title', 'link', 'meta', 'picture', 'img', 'source', 'map',
]);
/** ARIA landmarks and widgets that hold navigation, sidebars, banners and alerts, not story text. */
const EXCLUDED_ROLES = new Set([
  'navigation', 'complementary', 'contentinfo', 'banner', 'dialog', 'alertdialog', 'menu', 'menubar', 'search',
  'toolbar', 'tablist', 'button', 'tooltip', 'marquee',
]);
/** Inline styles that hide an element. */
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
/** Class names that hide an element from sighted readers (screen-reader-only helpers). */
const HIDDEN_CLASS = /(?:^|\s)(?:sr-only|visually-hidden|visuallyhidden|screen-reader-text|screenreader-only|element-invisible|hide-text|u-hidden-visually)(?:\s|$)/i;

/**
 * Class/id fragments of boilerplate containers: teasers, share bars, newsletter boxes,
 * comments, captions/credits, ad slots, bylines. Substrings, so camelCase and
 * "related-stories"/"relatedLinks" both match. `comment(?!ary)` keeps "commentary" bodies.
 */
const NEGATIVE_NAME = new RegExp(
  [
    'related', 'recommend', 'also-?read', 'more-?stories', 'most-?(?:read|popular|viewed)', 'trending',
    'popular', 'recirc', 'outbrain', 'taboola', 'teaser', 'promo', 'newsletter', 'subscri', 'signup', 'sign-up',
    'share', 'sharing', 'social', 'comment(?!ary)', 'disqus', 'caption', 'credit', 'advert', 'sponsor', 'adslot',
    'ad-slot', 'ad-container', 'ad-wrapper', 'ad-unit', 'adunit', 'dfp', 'gpt-ad', 'sidebar', 'footer', 'breadcrumb',
    'byline', 'author-?bio', 'author-?info', 'about-?the-?author', 'tag-?list', 'tags', 'toolbar', 'masthead', 'cookie',
    'gdpr', 'consent', 'popup', 'skip-?link', 'pagination', 'pager', 'print-?only', 'timestamp',
    'dateline', 'article-?meta', 'post-?meta', 'entry-?meta', 'inline-?(?:link|related)', 'gallery', 'slideshow',
  ].join('|'),
  'i',
);
/** Whole class/id tokens too short to match as substrings ("ad" is in "head" and "read"). */
const NEGATIVE_TOKENS = new Set(['ad', 'ads', 'nav', 'menu', 'tag', 'bio', 'rail', 'aside', 'extra', 'more', 'links']);
/** An id with this many -/_ separated parts is a slug or generated id, not a role name. */
const MAX_ID_PARTS = 4;
/** Page-structure elements whose class names describe the page layout ("has-sidebar"), not their content. */
const STRUCTURAL_TAGS = new Set(['html', 'body', 'main', 'article']);
/**
 * Names that mark the story container itself; they win over a negative fragment in the same element.
 * "read-more-content" holds the collapsed rest of a story ("Continue reading"), not a teaser.
 */
const POSITIVE_NAME = /(?:^|[^a-z])(?:article-?body|articlebody|story-?body|entry-?content|post-?(?:body|content)|article-?content|story-?content|body-?text|article-?text|main-?content|(?:more|full|rest)-?(?:content|text|story|body))(?:[^a-z]|$)/i;

/**
 * An embedded post quoted in the story ("social-media-embed", "embed-twitter"): the quote is part of
 * the story (the benchmark's truth and Readability keep it), even though "social" names share bars.
 */
const EMBED_NAME = /(?:^|[^a-z])embed(?:ded)?(?:[^a-z]|$)|(?:^|[^a-z])(?:twitter-tweet|instagram-media|tiktok-embed)(?:[^a-z]|$)/i;

/** Teaser and furniture phrases that make a short block boilerplate even inside the story. */
export const BOILERPLATE_TEXT = new RegExp(
  [
    '^(?:read|see) (?:more|also)\\b', '^also (?:read|see)\\b', '^related\\b', '^more (?:on|from|about)\\b',
    '^advertisement$', '^advert$', '^sponsored\\b', '^(?:loading|please wait)\\b', '^share (?:this|on|via)\\b',
    '^(?:sign up|subscribe)\\b', '^follow us\\b', '^click here\\b', '^continue reading\\b', '^watch\\s*:',
    '^(?:photo|image|picture|video)\\s*:', '^(?:photograph|illustration)\\s*:', '^(?:getty images|reuters|ap photo|afp)\\b',
    '^copyright\\b', '^©', '^story continues below\\b', '^skip (?:ad|advertisement)\\b', '^top stories\\b',
  ].join('|'),
  'i',
);
/** A block longer than this many characters is never dropped by BOILERPLATE_TEXT alone. */
export const BOILERPLATE_TEXT_MAX_CHARS = 160;

/**
 * Furniture recognised anywhere in a short block, not only at its start: newsletter and cookie
 * prompts ("… Sign up for the free daily newsletter."), captions ending in a credit
 * ("… (Image: GETTY)") and publication datelines ("PUBLISHED: 10:48, Tue, Nov 19, 2019").
 */
export const FURNITURE_TEXT = new RegExp(
  [
    '\\b(?:sign up|signup|subscribe)\\b.{0,80}\\bnewsletters?\\b', '\\bnewsletters?\\b.{0,80}\\b(?:sign up|subscribe)\\b',
    '\\b(?:website|site|we) uses? cookies\\b', '\\((?:image|photo|picture|pic|credit|video)s?\\s*:[^)]*\\)\\s*$',
    '^(?:published|updated|posted|last updated)\\s*:?\\s*\\d',
  ].join('|'),
  'i',
);
/** A block longer than this many characters is never dropped by FURNITURE_TEXT alone. */
export const FURNITURE_TEXT_MAX_CHARS = 250;

/** True for elements whose whole subtree is never story text (hidden, scripts, nav, figures …). */
export function isHardExcluded(el: Element): boolean {
  if (EXCLUDED_TAGS.has(el.localName)) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const role = el.getAttribute('role');
  if (role !== null && EXCLUDED_ROLES.has(role)) return true;
  const style = el.getAttribute('style');
  if (style !== null && HIDDEN_STYLE.test(style)) return true;
  const cls = el.getAttribute('class');
  return cls !== null && HIDDEN_CLASS.test(cls);
}

/** Class/id names of caption and credit boxes ("wp-caption", "tr-caption-container", "photo-credit"). */
const CAPTION_NAME = /caption|credit/i;

/** True for a caption or credit box: never story text, but it sits inside the story rather than ending it. */
export function isCaptionBox(el: Element): boolean {
  return CAPTION_NAME.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`);
}

/** True for elements whose class/id names a boilerplate box (related links, share bar, ad slot …). */
export function hasNegativeName(el: Element): boolean {
  if (STRUCTURAL_TAGS.has(el.localName)) return false;
  const name = namesOf(el);
  if (name.length < 3) return false;
  if (POSITIVE_NAME.test(name) || EMBED_NAME.test(name)) return false;
  if (NEGATIVE_NAME.test(name)) return true;
  for (const token of name.toLowerCase().split(/[^a-z0-9]+/)) if (NEGATIVE_TOKENS.has(token)) return true;
  return false;
}

/** Class names and id, minus a slug id ("sharing-with-a-single-developer", "gigya-share-btns-2_gig_x"): heading anchors and generated ids say nothing about the box. */
function namesOf(el: Element): string {
  const id = el.getAttribute('id') ?? '';
  return `${el.getAttribute('class') ?? ''} ${id.split(/[-_]/).length < MAX_ID_PARTS ? id : ''}`;
}

/**
 * True for a boilerplate-named box that does not wrap a story container: `<div id="read-more">`
 * around `<div id="read-more-content">` (the collapsed rest of the story) holds story, not a teaser.
 */
export function isBoilerplateBox(el: Element): boolean {
  return hasNegativeName(el) && !hasPositiveDescendant(el, WRAPPER_DEPTH);
}

/** How deep a story container may sit in a wrapper; a comment's own "entry-content" sits deeper (list, item, article). */
const WRAPPER_DEPTH = 2;

function hasPositiveDescendant(el: Element, depth: number): boolean {
  for (let c = el.firstElementChild; c !== null; c = c.nextElementSibling) {
    if (isHardExcluded(c)) continue;
    if (hasPositiveName(c) || (depth > 1 && hasPositiveDescendant(c, depth - 1))) return true;
  }
  return false;
}

/** True for elements named as the story container (`article-body`, `entry-content` …) or marked `itemprop=articleBody`. */
export function hasPositiveName(el: Element): boolean {
  if (el.getAttribute('itemprop') === 'articleBody') return true;
  const name = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return name.length > 3 && POSITIVE_NAME.test(name);
}

/** True for short blocks whose text is a teaser, ad label or share prompt. */
export function isBoilerplateText(text: string): boolean {
  return (text.length <= BOILERPLATE_TEXT_MAX_CHARS && BOILERPLATE_TEXT.test(text))
    || (text.length <= FURNITURE_TEXT_MAX_CHARS && FURNITURE_TEXT.test(text));
}
