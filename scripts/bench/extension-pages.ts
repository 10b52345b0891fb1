/**
 * How fast the extension's own pages open on an analysed article: the popup (opened on every
 * toolbar click) and the side panel. Per open, in a fresh page of the same browser: the time from
 * navigation start until the first finding is listed with its entry's title (which needs the packs
 * loaded), main-thread script time (CDP ScriptDuration) and JS heap used; and, per build, the script
 * each page's HTML loads (raw KB on disk). Run against two builds in turn (`--a`/`--b`) so both see the same machine load.
 *
 * Usage: tsx scripts/bench/extension-pages.ts --a=DIR [--b=DIR] [--rounds=7]
 *   (DIR: an output directory holding chrome-mv3, e.g. .output)
 */
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { median } from '../bench-scoring';
import { launchBenchBrowser } from './bench-browser-context';
import { benchPages, serveBench } from './bench-server';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const builds = [option('a'), option('b')].filter((d): d is string => d !== undefined).map((d) => resolve(d));
const rounds = Number(option('rounds') ?? '7');
if (builds.length === 0) throw new Error('usage: tsx scripts/bench/extension-pages.ts --a=DIR [--b=DIR] [--rounds=7]');

/** The extension pages measured, and what shows that each is ready (a finding listed by its entry's title). */
const VIEWS = [
  { name: 'popup', file: 'popup.html', ready: '[data-testid="top-findings"] li' },
  { name: 'side panel', file: 'sidepanel.html', ready: '[data-testid="findings"] [data-testid="entry-summary"]' },
] as const;

interface Open {
  readyMs: number;
  scriptMs: number;
  heapMb: number;
}

/** Opens `url` in a fresh page and measures it until `ready` matches an element with text. */
async function measureOpen(context: BrowserContext, url: string, ready: string): Promise<Open> {
  const page: Page = await context.newPage();
  page.on('pageerror', (e) => console.error(`${url}: ${e.message}`));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url);
  // Polls once per frame; written without inner named functions (tsx's keepNames would wrap them in
  // a __name() the page lacks).
  const readyMs = await page.evaluate(
    async (selector) => {
      const deadline = performance.now() + 10_000;
      while ((document.querySelector(selector)?.textContent ?? '').trim() === '') {
        if (performance.now() > deadline) throw new Error(`${selector} never appeared in: ${document.body.innerText.slice(0, 400)}`);
        await new Promise((frame) => requestAnimationFrame(frame));
      }
      return performance.now();
    },
    ready,
  );
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string): number => metrics.find((m) => m.name === name)?.value ?? 0;
  await page.close();
  return { readyMs, scriptMs: metric('ScriptDuration') * 1000, heapMb: metric('JSHeapUsedSize') / 2 ** 20 };
}

/** Raw KB of the scripts `file`'s HTML loads (module and preloaded chunks). */
function scriptKb(build: string, file: string): number {
  const dir = join(build, 'chrome-mv3');
  const html = readFileSync(join(dir, file), 'utf8');
  const scripts = [...html.matchAll(/(?:src|href)="(\/[^"]+\.js)"/g)].map((m) => m[1] as string);
  return scripts.reduce((sum, s) => sum + statSync(join(dir, s)).size / 1024, 0);
}

const min = (xs: number[]): number => Math.min(...xs);

async function main(): Promise<void> {
  const demo = benchPages(false).filter((p) => p.id === 'demo');
  const server = await serveBench(demo, new Map());
  const results = new Map<string, Open[]>();
  for (let round = 0; round < rounds; round++) {
    for (const build of builds) {
      const browser = await launchBenchBrowser(join(build, 'chrome-mv3'));
      try {
        const { context } = browser;
        const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
        const extensionId = new URL(worker.url()).host;
        const article = await context.newPage();
        await article.goto(server.pageUrl('demo'));
        await article.waitForFunction(() => performance.getEntriesByName('framelens:painted').length > 0, undefined, { timeout: 15_000 });
        const tabId = await worker.evaluate(
          async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id,
          server.pageUrl('demo'),
        );
        if (tabId === undefined) throw new Error('the demo tab was not found');
        for (const view of VIEWS) {
          const open = await measureOpen(context, `chrome-extension://${extensionId}/${view.file}?tab=${tabId}`, view.ready);
          const key = `${view.name}\t${build}`;
          results.set(key, [...(results.get(key) ?? []), open]);
        }
      } finally {
        await browser.close();
      }
    }
  }
  await server.close();
  console.log(`| page | build | script KB | ready ms | script ms | JS heap MB |`);
  console.log(`|---|---|---:|---:|---:|---:|`);
  for (const view of VIEWS) {
    for (const build of builds) {
      const opens = results.get(`${view.name}\t${build}`) ?? [];
      const cell = (pick: (o: Open) => number, digits = 1): string =>
        `${median(opens.map(pick)).toFixed(digits)} (min ${min(opens.map(pick)).toFixed(digits)})`;
      console.log(`| ${view.name} | ${build} | ${scriptKb(build, view.file).toFixed(0)} | ${cell((o) => o.readyMs)} | ${cell((o) => o.scriptMs)} | ${cell((o) => o.heapMb, 2)} |`);
    }
  }
  console.log(`(${rounds} rounds, builds interleaved; median (min) per figure)`);
}

declare const chrome: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } };

await main();
