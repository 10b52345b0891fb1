/**
 * The content script's look at a page: the core's `detectArticle` decides whether the page
 * holds an article, and this keeps the part the popup and badge show.
 */
import { detectArticle, type ArticleDetection } from '@/utils/core/article/detect-article';
import type { ArticleSummary } from './messages';
import type { PageProbe } from './page-report';
import { siteKey } from './site-switch';

/** What Framelens reports about `doc`, read from the page at `url`. */
export function probeArticle(doc: Document, url: string): ArticleSummary {
  const { isArticle, metadata } = detectArticle(doc, { url });
  return {
    detected: isArticle,
    title: metadata.title,
    site: metadata.site ?? hostOf(url),
    published: metadata.published,
    url: metadata.url ?? url,
    requested: false,
  };
}

/** The content script's look at a page. Findings are counted once analysis is wired in (0 until then). */
export function probePage(doc: Document, url: string): PageProbe {
  return { article: probeArticle(doc, url), findingCount: 0 };
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}

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
