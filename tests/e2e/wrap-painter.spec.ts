/**
 * The wrapping fallback painter (`<framelens-mark>`, for browsers without `CSS.highlights`) in
 * real Chromium: it marks the demo article's findings, and on `clear()` the page is restored
 * exactly, down to its Text nodes. The painter is bundled from source with Vite for this spec and
 * evaluated in a plain page (no extension), so nothing but the fallback touches the DOM.
 */
import path from 'node:path';
import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { build, type Rolldown } from 'vite';
import { findChromium } from '../../scripts/lib/find-chromium.mjs';
import { servePages, type PageServer } from '../../scripts/lib/serve-pages.mjs';
import type { PaintedItem, WrapTestApi } from './pages/wrap-painter-entry';

const ROOT = path.resolve(import.meta.dirname, '../..');
const MARK = 'framelens-mark';

/** Bundles pages/wrap-painter-entry.ts (painter, analysis, built-in packs) as one classic script. */
async function bundleWrapPainter(): Promise<string> {
  const output = await build({
    root: ROOT,
    configFile: false,
    logLevel: 'silent',
    resolve: { alias: { '@': ROOT } },
    // What Vite's app build (the extension's, through WXT) defines and its library mode does not.
    define: { 'process.env': '{}', 'process.env.NODE_ENV': '"production"' },
    build: {
      write: false,
      minify: false,
      lib: { entry: path.join(import.meta.dirname, 'pages/wrap-painter-entry.ts'), formats: ['iife'], name: 'framelensWrapTestBundle' },
    },
  });
  const [result] = Array.isArray(output) ? output : [output];
  const chunk = (result as Rolldown.RolldownOutput | undefined)?.output.find((o) => o.type === 'chunk');
  if (chunk?.type !== 'chunk') throw new Error('Vite produced no bundle for the wrap painter');
  return chunk.code;
}

/** Every node of the document in order: element names and Text node contents (split nodes show). */
function nodeShape(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const shape: string[] = [];
    const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node: Node | null = walker.currentNode; node !== null; node = walker.nextNode()) {
      shape.push(node.nodeType === Node.TEXT_NODE ? `#text ${JSON.stringify((node as Text).data)}` : node.nodeName);
    }
    return shape;
  });
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

let server: PageServer;
let browser: Browser;
let bundle: string;

test.beforeAll(async () => {
  test.setTimeout(60_000); // the bundle holds the analysis and every built-in pack
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: set CHROMIUM_PATH or apt-get install chromium');
  [server, browser, bundle] = await Promise.all([
    servePages(),
    chromium.launch({ executablePath, headless: true, args: ['--no-sandbox'] }),
    bundleWrapPainter(),
  ]);
});

test.afterAll(async () => {
  await browser?.close();
  await server?.close();
});

declare const framelensWrapTest: WrapTestApi;

test.describe('the wrap fallback painter in Chromium', () => {
  test('marks the demo findings and restores the page exactly when cleared', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('demo'));
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    const shapeBefore = await nodeShape(page);
    // Evaluated, not added as a <script> element, so the page's DOM holds only what the painter adds.
    await page.evaluate(bundle);

    const { kind, items } = await page.evaluate(() => framelensWrapTest.paint());
    expect(kind).toBe('wrap');
    expect(items.length).toBeGreaterThan(10);
    // Each finding's painted range covers exactly its text.
    expect(items.map((i: PaintedItem) => squash(i.painted))).toEqual(items.map((i: PaintedItem) => squash(i.text)));

    const marks = page.locator(MARK);
    expect(await marks.count()).toBeGreaterThanOrEqual(items.length);
    // Marks sit inside the article only, carry their category, and the adopted sheet styles them.
    const seen = await page.evaluate((tag) => {
      const all = [...document.querySelectorAll(tag)];
      return {
        outsideArticle: all.filter((m) => m.closest('article') === null).length,
        categories: [...new Set(all.map((m) => m.getAttribute('data-category')))].sort(),
        underlined: all.filter((m) => getComputedStyle(m).textDecorationLine.includes('underline')).length,
        total: all.length,
      };
    }, MARK);
    expect(seen.outsideArticle).toBe(0);
    expect(seen.categories).toEqual([...new Set(items.map((i: PaintedItem) => i.category))].sort());
    expect(seen.underlined).toBe(seen.total);
    // While painted, the markup is the page's own plus the marks' tags, nothing else.
    const during = await page.evaluate(() => document.documentElement.outerHTML);
    expect(during.replace(/<framelens-mark[^>]*>|<\/framelens-mark>/g, '')).toBe(before);

    await page.evaluate(() => framelensWrapTest.clear());
    await expect(marks).toHaveCount(0);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    // Byte-identical markup could still hide split Text nodes; the node shape shows them.
    expect(await nodeShape(page)).toEqual(shapeBefore);
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
  });
});
