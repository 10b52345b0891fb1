/**
 * Reads schema.org JSON-LD (`<script type="application/ld+json">`) from a page. The page's
 * JSON is untrusted input: each node is checked (`readNode`) and anything malformed is skipped.
 * The check is hand-written, not zod, so detection loads no zod: the first-stage content script
 * detects on every page and must stay cheap (docs/architecture.md "Content script").
 */
import { isRecord } from '../is-record';

/** schema.org types that describe one written story (https://schema.org/Article and subtypes). */
export const ARTICLE_TYPES = new Set([
  'Article', 'NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle',
  'BackgroundNewsArticle', 'ReviewNewsArticle', 'AskPublicNewsArticle', 'SatiricalArticle', 'BlogPosting',
  'LiveBlogPosting', 'Report', 'TechArticle', 'ScholarlyArticle', 'SocialMediaPosting', 'DiscussionForumPosting',
]);
/** Types that wrap the story (`WebPage.mainEntity`), searched one level down. */
const PAGE_TYPES = new Set(['WebPage', 'ItemPage', 'CollectionPage']);
/** JSON-LD nesting we follow (`@graph`, `mainEntity`); deeper structures are not stories. */
const MAX_DEPTH = 4;

/** CDATA/comment wrappers some CMSs put around the JSON (`<![CDATA[ … ]]>`, `//<![CDATA[`, `<!-- … -->`). */
const LEADING_WRAPPER = /^\s*(?:<!--|(?:\/\/\s*)?<!\[CDATA\[)/;
const TRAILING_WRAPPER = /(?:-->|(?:\/\/\s*)?\]\]>)\s*$/;

/** A person or organisation: a name, or a node with a `name`. */
type Named = string | { name?: unknown };

/** The fields of a schema.org Article node that we use (others are kept as they are). */
interface JsonLdNode {
  [key: string]: unknown;
  '@type'?: string | string[];
  mainEntityOfPage?: unknown;
  author?: Named | Named[];
  creator?: Named | Named[];
  publisher?: Named;
}

function isNamed(value: unknown): value is Named {
  return typeof value === 'string' || isRecord(value);
}

/** One name or a list of names; anything else (null, numbers, nested lists) counts as absent. */
function people(value: unknown): Named | Named[] | undefined {
  if (isNamed(value)) return value;
  return Array.isArray(value) && value.every(isNamed) ? value : undefined;
}

/** `value` as an article-like node, or null when its `@type` is malformed (the node is skipped). */
function readNode(value: Record<string, unknown>): JsonLdNode | null {
  const type = value['@type'];
  const typeOk = type === undefined || typeof type === 'string' || (Array.isArray(type) && type.every((t) => typeof t === 'string'));
  if (!typeOk) return null;
  return {
    ...value,
    '@type': type as string | string[] | undefined,
    author: people(value.author),
    creator: people(value.creator),
    publisher: isNamed(value.publisher) ? value.publisher : undefined,
  };
}

/** What the detector and the metadata reader take from a page's JSON-LD article node. */
export interface JsonLdArticle {
  type: string;
  headline: string | null;
  description: string | null;
  articleBody: string | null;
  url: string | null;
  language: string | null;
  published: string | null;
  modified: string | null;
  authors: string[];
  publisher: string | null;
}

/** A non-empty trimmed string, or null. */
export function cleanString(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.replace(/\s+/g, ' ').trim();
  return trimmed === '' ? null : trimmed;
}

function typesOf(node: JsonLdNode): string[] {
  const t = node['@type'];
  if (t === undefined) return [];
  return (Array.isArray(t) ? t : [t]).map((s) => s.replace(/^https?:\/\/schema\.org\//, ''));
}

function namesOf(value: JsonLdNode['author']): string[] {
  if (value === undefined) return [];
  const list = Array.isArray(value) ? value : [value];
  const names: string[] = [];
  for (const item of list) {
    const name = typeof item === 'string' ? cleanString(item) : cleanString(item.name);
    if (name !== null && !/^https?:/.test(name) && !names.includes(name)) names.push(name);
  }
  return names;
}

function urlOf(node: JsonLdNode): string | null {
  const direct = cleanString(node.url);
  if (direct !== null) return direct;
  const main = node.mainEntityOfPage;
  if (typeof main === 'string') return cleanString(main);
  if (typeof main === 'object' && main !== null && '@id' in main) return cleanString(main['@id']);
  return null;
}

function toArticle(node: JsonLdNode, type: string): JsonLdArticle {
  const publisher = node.publisher;
  const publisherName = typeof publisher === 'string' ? cleanString(publisher) : cleanString(publisher?.name);
  return {
    type,
    // `name` is often the outlet's name on CMS-generated nodes; only trust it when it isn't the publisher.
    headline: cleanString(node.headline) ?? (cleanString(node.name) !== publisherName ? cleanString(node.name) : null),
    description: cleanString(node.description),
    articleBody: typeof node.articleBody === 'string' && node.articleBody.trim() !== '' ? node.articleBody : null,
    url: urlOf(node),
    language: cleanString(node.inLanguage),
    published: cleanString(node.datePublished) ?? cleanString(node.dateCreated),
    modified: cleanString(node.dateModified),
    authors: namesOf(node.author).concat(namesOf(node.creator)).filter((n, i, all) => all.indexOf(n) === i),
    publisher: publisherName,
  };
}

/** Collect article nodes from one parsed JSON value (arrays, `@graph`, `mainEntity`). */
function collect(value: unknown, depth: number, out: JsonLdArticle[]): void {
  if (depth > MAX_DEPTH || typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, depth + 1, out);
    return;
  }
  const record = value as Record<string, unknown>;
  const node = readNode(record);
  if (node === null) return;
  const types = typesOf(node);
  const articleType = types.find((t) => ARTICLE_TYPES.has(t));
  if (articleType !== undefined) out.push(toArticle(node, articleType));
  if ('@graph' in record) collect(record['@graph'], depth + 1, out);
  if (types.some((t) => PAGE_TYPES.has(t)) && 'mainEntity' in record) collect(record.mainEntity, depth + 1, out);
}

/** Every schema.org article node in the page's JSON-LD, in document order. */
export function readJsonLdArticles(doc: Document): JsonLdArticle[] {
  const out: JsonLdArticle[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const raw = script.textContent ?? '';
    let value: unknown;
    try {
      // Some CMSs wrap the JSON in CDATA sections or HTML comments.
      value = JSON.parse(raw.replace(LEADING_WRAPPER, '').replace(TRAILING_WRAPPER, ''));
    } catch {
      continue;
    }
    collect(value, 0, out);
  }
  return out;
}

/** The publisher name from any JSON-LD node (WebSite/Organization/publisher), for the `site` field. */
export function readJsonLdPublisher(articles: JsonLdArticle[]): string | null {
  for (const a of articles) if (a.publisher !== null) return a.publisher;
  return null;
}
