/**
 * Asks the page whether it holds an article and sums up what the popup shows.
 * TEMPORARY: until `utils/core/article/detect-article.ts` lands, this looks only at the page's own
 * declarations (JSON-LD `@type` and `og:type`); then `probeArticle` calls `detectArticle` instead.
 */
import type { ArticleSummary } from './messages';
import type { PageProbe } from './page-report';

const ARTICLE_JSON_LD_TYPE = /(^|[^a-z])(News|Reportage|Analysis|Opinion|Report|Blog)?(Article|Posting)$/i;

/** What Framelens reports about `doc`, read from the page at `url`. */
export function probeArticle(doc: Document, url: string): ArticleSummary {
  const ld = jsonLdArticle(doc);
  const ogType = meta(doc, 'og:type');
  const detected = ld !== null || ogType === 'article';
  return {
    detected,
    title: text(ld?.headline) ?? meta(doc, 'og:title') ?? (doc.title.trim() || null),
    site: meta(doc, 'og:site_name') ?? text(nameOf(ld?.publisher)) ?? hostOf(url),
    published: text(ld?.datePublished) ?? meta(doc, 'article:published_time'),
    url,
  };
}

function meta(doc: Document, property: string): string | null {
  const el = doc.querySelector(`meta[property="${property}"], meta[name="${property}"]`);
  return text(el?.getAttribute('content'));
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

function nameOf(value: unknown): unknown {
  return typeof value === 'object' && value !== null && 'name' in value ? value.name : null;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}

function jsonLdArticle(doc: Document): Record<string, unknown> | null {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // a page's broken JSON-LD is the page's business
    }
    const items: unknown[] = Array.isArray(data) ? data : [data];
    for (const item of items) {
      if (typeof item !== 'object' || item === null || !('@type' in item)) continue;
      const types: unknown[] = Array.isArray(item['@type']) ? item['@type'] : [item['@type']];
      if (types.some((t) => typeof t === 'string' && ARTICLE_JSON_LD_TYPE.test(t))) {
        return { ...item };
      }
    }
  }
  return null;
}

/** The content script's look at a page. Findings are counted once analysis is wired in (0 until then). */
export function probePage(doc: Document, url: string): PageProbe {
  return { article: probeArticle(doc, url), findingCount: 0 };
}
