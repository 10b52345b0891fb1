/**
 * Which pages the crawl visits: the project's fixture pages always; the real pages of
 * ../shared/corpus when present, all of them with CRAWL=all (`npm run test:crawl`), otherwise a
 * fixed, evenly spread sample from each of its two collections so `npm test` stays short.
 */
import fs from 'node:fs';
import { corpusPageIds, PAGES_DIR, SEED_PAGE, type PageServer } from '../../../scripts/lib/serve-pages.mjs';

/** How many pages of each corpus collection `npm test` visits. */
export const SAMPLE_PER_COLLECTION = 16;

/** One page to visit. */
export interface CrawlPage {
  id: string;
  url: string;
}

/** The fixture pages (tests/fixtures/pages/*, the no-article page, the seed page when present). */
export function fixturePages(server: PageServer): CrawlPage[] {
  const slugs = fs
    .readdirSync(PAGES_DIR)
    .filter((slug) => fs.existsSync(`${PAGES_DIR}/${slug}/source.html`))
    .sort();
  if (fs.existsSync(SEED_PAGE)) slugs.push('seed');
  slugs.push('plain');
  return slugs.map((slug) => ({ id: `fixture/${slug}`, url: server.url(slug) }));
}

/** `count` items spread evenly over `items` (first and last included), in order. */
export function spread<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  if (count <= 1) return items.slice(0, count);
  return Array.from({ length: count }, (_, i) => items[Math.round((i * (items.length - 1)) / (count - 1))] as T);
}

/** The corpus pages to visit (none when the corpus is absent). */
export function corpusPages(server: PageServer, all: boolean): CrawlPage[] {
  const ids = corpusPageIds() ?? [];
  const pick = (prefix: string): string[] => {
    const group = ids.filter((id) => id.startsWith(prefix));
    return all ? group : spread(group, SAMPLE_PER_COLLECTION);
  };
  return [...pick('aeb/'), ...pick('rp/')].map((id) => ({ id: `corpus/${id}`, url: server.corpusUrl(id) }));
}
