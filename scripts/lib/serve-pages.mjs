// Serves the fixture pages on 127.0.0.1 (random free port) for the demo and the browser tests:
// /<slug>/ is tests/fixtures/pages/<slug>/source.html, /plain/ is a page that holds no article.
// Nothing else is served, and the pages load nothing from the network.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

export const PAGES_DIR = path.resolve(import.meta.dirname, '../../tests/fixtures/pages');
/** The seed article page from ../shared/seed/, served as /seed/ only where it exists (never copied in). */
export const SEED_PAGE = path.resolve(import.meta.dirname, '../../../shared/seed/karabakh-2020-article.html');

const PLAIN_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Plain page</title></head>
<body><h1>Opening hours</h1><p>The library opens at nine. This page is not a news article.</p></body></html>`;

/** Starts the server; resolves to `{ origin, url(slug), close() }`. */
export async function servePages() {
  const server = http.createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    const slug = /^\/([a-z0-9-]+)\/$/.exec(pathname)?.[1];
    const file = slug ? path.join(PAGES_DIR, slug, 'source.html') : null;
    let body = null;
    if (slug === 'plain') body = PLAIN_PAGE;
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
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
