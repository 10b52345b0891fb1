import { cleanString, readJsonLdArticles, readJsonLdPublisher, type JsonLdArticle } from './json-ld';
// Types only: detection loads no zod (the schemas live in metadata-schema.ts).
import type { ArticleMetadata, MetadataField, MetadataSource } from './metadata-schema';

export type { ArticleMetadata, MetadataField, MetadataSource };

/**
 * Article metadata in order of trust: JSON-LD, then Open Graph, then other meta tags,
 * then microdata and `<time>`, then the DOM itself (document title, `<html lang>`).
 */


/** The last " | part" of a document title (hierarchical separators, as Readability's `_getArticleTitle`). */
const LAST_TITLE_PART = /\s[|\-–—\\/>»·]\s(?!.*\s[|\-–—\\/>»·]\s)/;
/** Shorter remainders ("Google", "On Recent Events") are not headlines on their own: keep the whole title. */
const MIN_HEADLINE_WORDS = 5;

type Candidate = readonly [MetadataSource, string | null | undefined];

/** Meta tags by lower-cased name/property/itemprop; space-separated properties count for each. */
function readMetaTags(doc: Document): Map<string, string> {
  const tags = new Map<string, string>();
  for (const meta of Array.from(doc.querySelectorAll('meta[content]'))) {
    const content = cleanString(meta.getAttribute('content'));
    if (content === null) continue;
    const keys = [meta.getAttribute('property'), meta.getAttribute('name'), meta.getAttribute('itemprop')];
    for (const key of keys) {
      for (const k of (key ?? '').toLowerCase().split(/\s+/)) if (k !== '' && !tags.has(k)) tags.set(k, content);
    }
  }
  return tags;
}

function first(...candidates: Candidate[]): { value: string; source: MetadataSource } | null {
  for (const [source, value] of candidates) {
    const clean = cleanString(value);
    if (clean !== null) return { value: clean, source };
  }
  return null;
}

function microdata(doc: Document, prop: string): string | null {
  const el = doc.querySelector(`[itemprop~="${prop}"]`);
  if (el === null) return null;
  return cleanString(el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.textContent);
}

/** `<title>` without its last part ("Story – Outlet" -> "Story") when what is left reads as a full headline. */
function titleFromDocument(doc: Document): string | null {
  const raw = cleanString(doc.querySelector('title')?.textContent);
  if (raw === null) return null;
  const cut = raw.search(LAST_TITLE_PART);
  if (cut <= 0) return raw;
  const rest = raw.slice(0, cut);
  return rest.split(' ').length >= MIN_HEADLINE_WORDS ? rest : raw;
}

function authorsFromPage(doc: Document, meta: Map<string, string>): { value: string[]; source: MetadataSource } | null {
  const fromMeta = first(['meta', meta.get('author')], ['meta', meta.get('parsely-author')], ['meta', meta.get('sailthru.author')]);
  if (fromMeta !== null && !/^https?:/.test(fromMeta.value)) {
    return { value: fromMeta.value.split(/\s*(?:,|\band\b)\s*/).filter((s) => s !== ''), source: 'meta' };
  }
  const items = Array.from(doc.querySelectorAll('[itemprop~="author"]'));
  const names = items
    .map((el) => cleanString(el.querySelector('[itemprop~="name"]')?.textContent ?? el.getAttribute('content') ?? el.textContent))
    .filter((n): n is string => n !== null && n.length < 80);
  if (names.length > 0) return { value: [...new Set(names)], source: 'microdata' };
  const rel = cleanString(doc.querySelector('a[rel~="author"]')?.textContent);
  return rel === null ? null : { value: [rel], source: 'dom' };
}

/** og:locale ("en_GB") and similar to a BCP 47 tag ("en-GB"). */
function languageTag(value: string | null | undefined): string | null {
  const clean = cleanString(value);
  return clean === null ? null : clean.replace('_', '-');
}

/** Pick the JSON-LD node for this page: the one whose URL matches, else the first with a headline. */
function pickArticle(articles: JsonLdArticle[], pageUrl: string | null): JsonLdArticle | null {
  if (pageUrl !== null) {
    const match = articles.find((a) => a.url !== null && a.url.replace(/[?#].*$/, '') === pageUrl.replace(/[?#].*$/, ''));
    if (match !== undefined) return match;
  }
  return articles.find((a) => a.headline !== null) ?? articles[0] ?? null;
}

/** Metadata plus the JSON-LD article node it used (the detector reads `articleBody` from it). */
export interface MetadataResult {
  metadata: ArticleMetadata;
  jsonLd: JsonLdArticle | null;
}

/** Read a page's metadata; `url` is the page address when the caller knows it. */
export function extractMetadataDetailed(doc: Document, options: { url?: string } = {}): MetadataResult {
  const meta = readMetaTags(doc);
  const canonical = cleanString(doc.querySelector('link[rel~="canonical"]')?.getAttribute('href'));
  const articles = readJsonLdArticles(doc);
  const ld = pickArticle(articles, meta.get('og:url') ?? canonical ?? options.url ?? null);
  const time = doc.querySelector('time[datetime]')?.getAttribute('datetime');
  const sources: ArticleMetadata['sources'] = {};
  const pick = (field: MetadataField, found: { value: string; source: MetadataSource } | null): string | null => {
    if (found === null) return null;
    sources[field] = found.source;
    return found.value;
  };
  const site = pick('site', first(
    ['json-ld', ld?.publisher ?? readJsonLdPublisher(articles)], ['open-graph', meta.get('og:site_name')],
    ['meta', meta.get('application-name')], ['meta', meta.get('publisher')],
  ));
  // Titles are kept as the page states them ("Story | Outlet" included): the headline block has the clean one.
  const title = pick('title', first(
    ['json-ld', ld?.headline], ['open-graph', meta.get('og:title')], ['meta', meta.get('twitter:title')],
    ['meta', meta.get('dc.title') ?? meta.get('dc:title') ?? meta.get('dcterm:title')], ['meta', meta.get('parsely-title')],
    ['microdata', microdata(doc, 'headline')], ['dom', titleFromDocument(doc)], ['dom', doc.querySelector('h1')?.textContent],
  ));
  const url = pick('url', first(
    ['json-ld', ld?.url], ['open-graph', meta.get('og:url')], ['meta', canonical], ['dom', options.url],
  ));
  const published = pick('published', first(
    ['json-ld', ld?.published], ['open-graph', meta.get('article:published_time')],
    ['meta', meta.get('parsely-pub-date') ?? meta.get('date') ?? meta.get('dc.date') ?? meta.get('pubdate') ?? meta.get('publish-date')],
    ['microdata', microdata(doc, 'datePublished')], ['time', time],
  ));
  const modified = pick('modified', first(
    ['json-ld', ld?.modified], ['open-graph', meta.get('article:modified_time') ?? meta.get('og:updated_time')],
    ['meta', meta.get('last-modified')], ['microdata', microdata(doc, 'dateModified')],
  ));
  const language = pick('language', first(
    ['json-ld', languageTag(ld?.language)], ['open-graph', languageTag(meta.get('og:locale'))],
    ['meta', meta.get('content-language') ?? meta.get('language')], ['dom', doc.documentElement?.getAttribute('lang')],
  ));
  let authors: string[] = [];
  if (ld !== null && ld.authors.length > 0) {
    authors = ld.authors;
    sources.authors = 'json-ld';
  } else {
    const found = authorsFromPage(doc, meta);
    if (found !== null) {
      authors = found.value;
      sources.authors = found.source;
    }
  }
  return { metadata: { title, site, url, authors, published, modified, language, sources }, jsonLd: ld };
}

/** Read a page's metadata (title, site, url, authors, dates, language) with the source of each. */
export function extractMetadata(doc: Document, options: { url?: string } = {}): ArticleMetadata {
  return extractMetadataDetailed(doc, options).metadata;
}
