/**
 * Browser benchmark (issue 7): loads the built extension into headless Debian Chromium and times
 * Framelens on the demo article, synthetic 2k/10k/50k-word articles, a page without an article
 * and every ../shared/corpus page, against the floor (one TreeWalker pass over the page's text)
 * measured in the same page and run. It also runs the same pipeline through the page harness
 * (scripts/bench/harness.ts) with the built-in packs and with 100, 1,000 and 10,000 generated
 * entries, and reports bundle sizes. Writes test-results/bench-browser.{json,md}.
 *
 * Usage: npm run bench:browser [-- --build] [--no-corpus] [--pages=demo,synthetic-2000] [--group=corpus] [--out=NAME] [--scale-rounds=5]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import type { BrowserContext, Page } from '@playwright/test';
import { loadCliPacks } from '../cli/load-packs';
import { compileLexicon } from '../utils/core/lexicon/compile';
import type { Pack } from '../utils/core/lexicon/schema';
import { extensionDir } from './lib/output-dir.mjs';
import { launchBenchBrowser, type BenchBrowser } from './bench/bench-browser-context';
import { benchPages, serveBench, type BenchPage } from './bench/bench-server';
import { bundleSizes, contentScriptSize, CONTENT_SCRIPT_BUDGET_GZIP } from './bench/bundle-sizes';
import { heapAfterGc, LONG_TASK_OBSERVER, type LongTask, mainThreadMs, measureFloor, readLongTasks, readMarks, type FramelensMark } from './bench/page-probes';
import { scalePacks } from './bench/scale-packs';
import { formatReport, type BenchReport, type ExtensionRun, type HarnessRun, type PageResult } from './bench/report';

const ROOT = resolve(import.meta.dirname, '..');
const EXT_DIR = extensionDir('chrome-mv3');
const OUT_DIR = join(ROOT, 'test-results');
/** How long to wait for the content script's marks after load. */
const MARK_TIMEOUT_MS = 8_000;
/** After the last mark, let any trailing work (a long task, a paint) land before reading. */
const SETTLE_MS = 300;
/** Lexicon sizes for the scale runs (issue 7). */
const SCALES = [100, 1_000, 10_000];
/** Quiet-profile flags beyond the extension's (TOOLCHAIN.md); precise heap numbers for performance.memory. */
const QUIET_ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--enable-precise-memory-info'];

const args = process.argv.slice(2);
const flag = (name: string): boolean => args.includes(`--${name}`);
const only = args.find((a) => a.startsWith('--pages='))?.slice('--pages='.length).split(',');
const group = args.find((a) => a.startsWith('--group='))?.slice('--group='.length);
/** Output name under test-results/ (so a corpus-only run does not overwrite the main one). */
const outName = args.find((a) => a.startsWith('--out='))?.slice('--out='.length) ?? 'bench-browser';
/**
 * Rounds of the lexicon-size runs per page (the variants interleaved round by round, so each sees
 * the same load; the report takes each variant's median): one load per variant swung the ratio by
 * ±0.5 on this shared machine.
 */
const scaleRounds = Number(args.find((a) => a.startsWith('--scale-rounds='))?.slice('--scale-rounds='.length) ?? '5');

async function harnessBundle(): Promise<string> {
  const result = await build({
    entryPoints: [join(ROOT, 'scripts/bench/harness.ts')],
    bundle: true, write: false, format: 'iife', platform: 'browser', target: 'chrome120', minify: true,
    tsconfig: join(ROOT, 'tsconfig.json'), logLevel: 'error',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error('esbuild wrote no harness');
  return file.text;
}

/** The lexicon variants: built-in packs, then 100 / 1,000 / 10,000 generated entries. */
function lexiconVariants(): Map<string, Pack[]> {
  const variants = new Map<string, Pack[]>([['builtin', loadCliPacks([]).packs]]);
  for (const n of SCALES) variants.set(`scale-${n}`, scalePacks(n));
  return variants;
}

function launch(withExtension: boolean): Promise<BenchBrowser> {
  return launchBenchBrowser(withExtension ? EXT_DIR : null, {
    extraArgs: QUIET_ARGS,
    // Pages with a Content-Security-Policy would refuse the harness script tag.
    bypassCSP: !withExtension,
    initScript: LONG_TASK_OBSERVER,
  });
}

const msOf = (mark: FramelensMark | null): number | null => {
  const d = mark?.detail;
  return d !== null && typeof d === 'object' && 'ms' in d && typeof d.ms === 'number' ? d.ms : null;
};

/** The longest main-thread block that ends after DOMContentLoaded (when document_idle content scripts may start). */
async function longestAfterDomReady(page: Page, tasks: LongTask[]): Promise<number> {
  const ready = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    return nav instanceof PerformanceNavigationTiming ? nav.domContentLoadedEventStart : 0;
  });
  return Math.max(0, ...tasks.filter((t) => t.start + t.duration >= ready).map((t) => t.duration));
}

/** Loads the page in the extension's context and reads what the content script recorded. */
async function extensionRun(context: BrowserContext, url: string): Promise<ExtensionRun & { floorMs: number }> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    await page
      .waitForFunction(() => performance.getEntriesByName('framelens:painted').length + performance.getEntriesByName('framelens:reported').length > 0, null, { timeout: MARK_TIMEOUT_MS })
      .catch(() => undefined);
    await page.waitForTimeout(SETTLE_MS);
    const marks = await readMarks(page);
    const tasks = await readLongTasks(page);
    const thread = await mainThreadMs(cdp);
    const heap = await heapAfterGc(cdp);
    const floorMs = await measureFloor(page);
    const painted = marks.find((m) => m.name === 'framelens:painted') ?? null;
    const stage = (name: string): number | null => msOf(marks.find((m) => m.name === name) ?? null);
    return {
      floorMs,
      paintedMs: msOf(painted),
      detectedMs: stage('framelens:detected'),
      analyzedMs: stage('framelens:analyzed'),
      marks: marks.map((m) => m.name),
      longestTaskMs: await longestAfterDomReady(page, tasks),
      scriptMs: thread.script,
      taskMs: thread.task,
      heap,
    };
  } finally {
    await page.close();
  }
}

/** The same page without the extension: the baseline for heap and main-thread time. */
async function baselineRun(context: BrowserContext, url: string): Promise<{ scriptMs: number; taskMs: number; heap: number; longestTaskMs: number }> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    await page.waitForTimeout(SETTLE_MS);
    const tasks = await readLongTasks(page);
    const thread = await mainThreadMs(cdp);
    return { scriptMs: thread.script, taskMs: thread.task, heap: await heapAfterGc(cdp), longestTaskMs: await longestAfterDomReady(page, tasks) };
  } finally {
    await page.close();
  }
}

/** Runs the harness pipeline with one lexicon variant on a fresh load of the page. */
async function harnessRun(context: BrowserContext, origin: string, url: string, variant: string): Promise<HarnessRun> {
  const page: Page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    await page.addScriptTag({ url: `${origin}/__bench/harness.js` });
    const before = await heapAfterGc(cdp);
    const result = await page.evaluate(
      (o) => {
        const bench = window.framelensBench;
        if (!bench) throw new Error('harness not loaded');
        return bench.run(o);
      },
      { packsUrl: `${origin}/__bench/packs/${variant}.json`, compiledUrl: `${origin}/__bench/compiled/${variant}.json` },
    );
    const after = await heapAfterGc(cdp);
    const tasks = await readLongTasks(page);
    const during = tasks.filter((t) => t.start + t.duration >= result.startedAt && t.start <= result.startedAt + result.frameMs);
    return { variant, ...result, longestTaskMs: Math.max(0, ...during.map((t) => t.duration)), extraHeap: after - before };
  } finally {
    await page.close();
  }
}

/** Writes test-results/bench-browser.{json,md} for the pages measured so far; returns the Markdown. */
function writeReport(results: PageResult[], matcherEntries: Record<string, number>, chromium: string): string {
  const report: BenchReport = {
    date: new Date().toISOString(),
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB, ${os.platform()} ${os.release()}, Node ${process.version}`,
    chromium,
    bundles: bundleSizes(EXT_DIR),
    contentScript: { ...contentScriptSize(EXT_DIR), budget: CONTENT_SCRIPT_BUDGET_GZIP },
    matcherEntries,
    pages: results,
  };
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(join(OUT_DIR, `${outName}.json`), JSON.stringify(report, null, 2));
  const md = formatReport(report);
  writeFileSync(join(OUT_DIR, `${outName}.md`), md);
  return md;
}

async function main(): Promise<void> {
  if (flag('build') || !existsSync(join(EXT_DIR, 'manifest.json'))) {
    execFileSync(join(ROOT, 'node_modules/.bin/wxt'), ['build'], { cwd: ROOT, stdio: 'inherit' });
  }
  let pages: BenchPage[] = benchPages(!flag('no-corpus'));
  if (only) pages = pages.filter((p) => only.includes(p.id));
  if (group) pages = pages.filter((p) => p.group === group);
  const variants = lexiconVariants();
  const harness = await harnessBundle();
  const assets = new Map<string, () => string>([['/__bench/harness.js', () => harness]]);
  const matcherEntries: Record<string, number> = {};
  for (const [name, packs] of variants) {
    const packsJson = JSON.stringify(packs);
    const compiledJson = JSON.stringify(compileLexicon(packs));
    assets.set(`/__bench/packs/${name}.json`, () => packsJson);
    assets.set(`/__bench/compiled/${name}.json`, () => compiledJson);
    matcherEntries[name] = packs.reduce((n, p) => n + p.entries.length, 0);
  }
  const server = await serveBench(pages, assets);
  const withExt = await launch(true);
  const without = await launch(false);
  const chromiumVersion = withExt.context.browser()?.version() ?? 'unknown';
  const results: PageResult[] = [];
  try {
    // One discarded run, so the first page does not also pay for the browser's own start-up.
    const first = pages[0];
    if (first) await harnessRun(without.context, server.origin, server.pageUrl(first.id), 'builtin');
    for (const [i, p] of pages.entries()) {
      const url = server.pageUrl(p.id);
      try {
        const ext = await extensionRun(withExt.context, url);
        const base = await baselineRun(without.context, url);
        const runs: HarnessRun[] = [await harnessRun(without.context, server.origin, url, 'builtin')];
        if (p.group !== 'corpus') {
          const scales = [...variants.keys()].filter((v) => v !== 'builtin');
          for (let round = 0; round < scaleRounds; round++) for (const v of scales) runs.push(await harnessRun(without.context, server.origin, url, v));
        }
        results.push({ id: p.id, group: p.group, floorMs: ext.floorMs, extension: ext, baseline: base, harness: runs });
        const h = runs[0];
        // Written after every page, so an interrupted corpus run still leaves its figures.
        writeReport(results, matcherEntries, chromiumVersion);
        process.stderr.write(`[${i + 1}/${pages.length}] ${p.id}: floor ${ext.floorMs.toFixed(2)} ms, harness ${h ? h.totalMs.toFixed(1) : '-'} ms, painted ${ext.paintedMs?.toFixed(1) ?? 'no mark'}\n`);
      } catch (error) {
        results.push({ id: p.id, group: p.group, floorMs: 0, extension: null, baseline: null, harness: [], error: String(error).split('\n')[0] });
        process.stderr.write(`[${i + 1}/${pages.length}] ${p.id}: ${String(error).split('\n')[0]}\n`);
      }
    }
  } finally {
    await withExt.close();
    await without.close();
    await server.close();
  }
  process.stdout.write(writeReport(results, matcherEntries, chromiumVersion));
}

await main();
