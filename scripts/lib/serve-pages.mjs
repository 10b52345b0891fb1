// Serves the fixture pages on 127.0.0.1 (random free port) for the demo and the browser tests:
// /<slug>/ is tests/fixtures/pages/<slug>/source.html, /plain/ is a page that holds no article.
// The real pages of ../shared/corpus, where present, are /corpus/aeb/<hash>/ and /corpus/rp/<name>/
// (the crawl test). Nothing else is served, and the fixture pages load nothing from the network.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';

export const PAGES_DIR = path.resolve(import.meta.dirname, '../../tests/fixtures/pages');
/** The seed article page from ../shared/seed/, served as /seed/ only where it exists (never copied in). */
export const SEED_PAGE = path.resolve(import.meta.dirname, '../../../shared/seed/karabakh-2020-article.html');

/** The shared corpus of real pages (docs/reliability.md); absent in a fresh clone. FRAMELENS_CORPUS_DIR points elsewhere. */
export const CORPUS_DIR = path.resolve(process.env.FRAMELENS_CORPUS_DIR ?? path.resolve(import.meta.dirname, '../../../shared/corpus'));
const AEB_HTML = path.join(CORPUS_DIR, 'article-extraction-benchmark', 'html');
const READABILITY_PAGES = path.join(CORPUS_DIR, 'readability-pages');

/**
 * The corpus pages this server can serve, as `aeb/<hash>` and `rp/<name>` ids in a stable order,
 * or `null` when ../shared/corpus is not there.
 */
export function corpusPageIds() {
  if (!fs.existsSync(AEB_HTML) || !fs.existsSync(READABILITY_PAGES)) return null;
  const aeb = fs
    .readdirSync(AEB_HTML)
    .filter((f) => f.endsWith('.html.gz'))
    .sort()
    .map((f) => `aeb/${f.slice(0, -'.html.gz'.length)}`);
  const rp = fs
    .readdirSync(READABILITY_PAGES)
    .filter((d) => fs.existsSync(path.join(READABILITY_PAGES, d, 'source.html')))
    .sort()
    .map((d) => `rp/${d}`);
  return [...aeb, ...rp];
}

/** The markup of corpus page `id` (`aeb/<hash>` or `rp/<name>`), or null. */
function corpusPage(id) {
  const [kind, name] = id.split('/');
  if (!name || !/^[a-z0-9-]+$/.test(name)) return null;
  const file = kind === 'aeb' ? path.join(AEB_HTML, `${name}.html.gz`) : kind === 'rp' ? path.join(READABILITY_PAGES, name, 'source.html') : null;
  if (file === null || !fs.existsSync(file)) return null;
  return kind === 'aeb' ? zlib.gunzipSync(fs.readFileSync(file)) : fs.readFileSync(file);
}

const PLAIN_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Plain page</title></head>
<body><h1>Opening hours</h1><p>The library opens at nine. This page is not a news article.</p></body></html>`;

/** Starts the server; resolves to `{ origin, url(slug), corpusUrl(id), close() }`. */
export async function servePages() {
  const server = http.createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    const slug = /^\/([a-z0-9-]+)\/$/.exec(pathname)?.[1];
    const file = slug ? path.join(PAGES_DIR, slug, 'source.html') : null;
    const corpusId = /^\/corpus\/((?:aeb|rp)\/[a-z0-9-]+)\/$/.exec(pathname)?.[1];
    let body = null;
    if (corpusId) body = corpusPage(corpusId);
    else if (slug === 'plain') body = PLAIN_PAGE;
    else if (slug === 'seed' && fs.existsSync(SEED_PAGE)) body = fs.readFileSync(SEED_PAGE);
    else if (file && fs.existsSync(file)) body = fs.readFileSync(file);
    if (body === null) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no port');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    url: (slug) => `${origin}/${slug}/`,
    corpusUrl: (id) => `${origin}/corpus/${id}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
