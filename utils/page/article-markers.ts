/**
 * A cheap guess, before detection, whether a page is likely an article: it carries article
 * markup (`og:type` "article", schema.org JSON-LD naming an Article type, or exactly one
 * `<article>` element: section fronts wrap each teaser in one, and should not get an idle page app). The first stage uses it to ask for the page app early, so that injecting it overlaps
 * detection (issue 7: the round trip to the background was most of the short-article delay).
 * Only a hint: detection decides; a wrong guess costs one idle page app, a missed one the wait.
 * The types and og:type values are detection's own (json-ld.ts, probably-article.ts), so the
 * hint and the answer cannot drift apart.
 */
import { ARTICLE_TYPES } from '@/utils/core/article/json-ld';
import { structuredArticleType } from '@/utils/core/article/probably-article';

/** JSON-LD text this long is read at most (a page can carry megabytes; the type sits near the start). */
const JSON_LD_PREFIX = 4096;

/** `"@type": "NewsArticle"`, `"@type": ["WebPage", "Article"]`… naming one of detection's story types. */
const ARTICLE_TYPE = new RegExp(`"@type"\\s*:\\s*\\[?[^\\]}]*?"(?:${[...ARTICLE_TYPES].join('|')})"`);

/** Whether `doc` has markup that articles usually carry. */
export function hasArticleMarkers(doc: Document): boolean {
  if (structuredArticleType(doc) !== null) return true; // og:type article/news/blog, microdata
  if (doc.getElementsByTagName('article').length === 1) return true;
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    if (ARTICLE_TYPE.test((script.textContent ?? '').slice(0, JSON_LD_PREFIX))) return true;
  }
  return false;
}
