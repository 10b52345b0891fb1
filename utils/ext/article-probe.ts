/**
 * The content script's look at a page: the core's `detectArticle` decides whether the page
 * holds an article, and `summarizeDetection` keeps the part the popup and badge show.
 */
import type { ArticleDetection } from '@/utils/core/article/detect-article';
import type { ArticleSummary } from './messages';
import { siteKey } from './site-switch';

/**
 * What the badge and popup show of a detection on the page at `url` (the page app reports the
 * same fields from its analysis, content-app.ts `summary`). `requested`: "Analyze anyway".
 */
export function summarizeDetection(detection: Pick<ArticleDetection, 'isArticle' | 'metadata'>, url: string, requested: boolean): ArticleSummary {
  const m = detection.metadata;
  return {
    detected: detection.isArticle,
    title: m.title,
    site: m.site ?? siteKey(url),
    published: m.published,
    url: m.url ?? url,
    requested,
  };
}
