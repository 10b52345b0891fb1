/**
 * The benchmark's page server on 127.0.0.1: the demo article, the synthetic articles, a page
 * without an article, every ../shared/corpus page when present, and the harness with its packs.
 * Nothing is fetched from the network.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { syntheticArticle } from './synthetic-page';

const ROOT = resolve(import.meta.dirname, '../..');
export const CORPUS_DIR = resolve(ROOT, '../shared/corpus');
/** Synthetic article sizes in words (issue 7). */
export const SYNTHETIC_WORDS = [2_000, 10_000, 50_000];

const PLAIN_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Opening hours</title></head>
<body><h1>Opening hours</h1><p>The library opens at nine and closes at six. This page is not a news article.</p>
<ul><li>Monday to Friday: 9:00–18:00</li><li>Saturday: 10:00–14:00</li></ul></body></html>`;

/** One benchmark page. */
export interface BenchPage {
  id: string;
  group: 'demo' | 'synthetic' | 'plain' | 'corpus';
  html: () => Buffer | string;
}

/** The demo, the synthetic articles and the no-article page; the corpus pages when asked and present. */
export function benchPages(withCorpus: boolean): BenchPage[] {
  const pages: BenchPage[] = [
    { id: 'demo', group: 'demo', html: () => readFileSync(join(ROOT, 'tests/fixtures/pages/demo/source.html')) },
    ...SYNTHETIC_WORDS.map((n): BenchPage => ({ id: `synthetic-${n}`, group: 'synthetic', html: () => syntheticArticle(n) })),
    { id: 'plain', group: 'plain', html: () => PLAIN_PAGE },
  ];
  if (!withCorpus) return pages;
  const aeb = join(CORPUS_DIR, 'article-extraction-benchmark/html');
  if (existsSync(aeb)) {
    for (const f of readdirSync(aeb).filter((n) => n.endsWith('.html.gz')).sort()) {
      pages.push({ id: `aeb-${f.replace(/\.html\.gz$/, '')}`, group: 'corpus', html: () => gunzipSync(readFileSync(join(aeb, f))) });
    }
  }
  const rp = join(CORPUS_DIR, 'readability-pages');
  if (existsSync(rp)) {
    for (const d of readdirSync(rp).sort()) {
      const file = join(rp, d, 'source.html');
      if (existsSync(file)) pages.push({ id: `rp-${d}`, group: 'corpus', html: () => readFileSync(file) });
    }
  }
  return pages;
}

export interface BenchServer {
  origin: string;
  pageUrl(id: string): string;
  close(): Promise<void>;
}

/** Serves `pages` at /p/<id>/ and each of `assets` at its path. */
export async function serveBench(pages: readonly BenchPage[], assets: ReadonlyMap<string, () => string>): Promise<BenchServer> {
  const byId = new Map(pages.map((p) => [p.id, p]));
  const cache = new Map<string, Buffer | string>();
  const server = http.createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    const pageId = /^\/p\/([^/]+)\/$/.exec(pathname)?.[1];
    const page = pageId === undefined ? undefined : byId.get(decodeURIComponent(pageId));
    if (page) {
      const body = cache.get(page.id) ?? page.html();
      if (page.group !== 'corpus') cache.set(page.id, body);
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body);
      return;
    }
    const asset = assets.get(pathname);
    if (asset) {
      const type = pathname.endsWith('.js') ? 'text/javascript' : 'application/json';
      response.writeHead(200, { 'content-type': `${type}; charset=utf-8` }).end(asset());
      return;
    }
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no port');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    pageUrl: (id) => `${origin}/p/${encodeURIComponent(id)}/`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
