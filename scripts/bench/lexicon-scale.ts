/**
 * Lexicon size in the built extension (issue 7: "cost with 10,000 entries within 1.25 times the
 * cost with 100"), measured where the extension really pays it: the generated always-on entries
 * (scale-packs.ts; words and phrases the pages contain) installed as the reader's own packs, the
 * built-in packs switched off, so the lexicon is exactly 100 or 10,000 entries. Per load: the
 * `framelens:painted` mark's detail.ms (content script start → highlights painted, analysis in the
 * background included) and the number of highlighted ranges. The background compiles a reader's
 * packs once when they change, so the first load after each change is timed apart ("first page
 * after the change") and the sizes alternate round by round, so both see the same machine load.
 *
 * Usage: FRAMELENS_OUT_DIR=… tsx scripts/bench/lexicon-scale.ts [--pages=demo,synthetic-2000,…] [--rounds=5] [--sizes=100,10000]
 */
import type { BrowserContext, Worker } from '@playwright/test';
import { loadCliPacks } from '../../cli/load-packs';
import { median } from '../bench-scoring';
import { DEFAULT_SETTINGS, SETTINGS_KEY } from '../../utils/ext/settings';
import { USER_PACKS_KEY } from '../../utils/ext/watch-user-packs';
import { extensionDir } from '../lib/output-dir.mjs';
import { launchBenchBrowser } from './bench-browser-context';
import { benchPages, serveBench } from './bench-server';
import { scalePacks } from './scale-packs';

const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const pageIds = option('pages', 'demo,synthetic-2000,synthetic-10000,synthetic-50000').split(',');
const rounds = Number(option('rounds', '5'));
const sizes = option('sizes', '100,10000').split(',').map(Number);
const PAINT_TIMEOUT_MS = 20_000;

interface Load {
  paintedMs: number;
  ranges: number;
}

/** Loads `url` in a fresh tab and reads the painted mark and the highlighted ranges. */
async function load(context: BrowserContext, url: string): Promise<Load> {
  const page = await context.newPage();
  try {
    await page.goto(url);
    // A string, not a function: tsx's keepNames would wrap inner functions in a __name() the page lacks.
    await page.waitForFunction(`performance.getEntriesByName('framelens:painted').length > 0`, undefined, { timeout: PAINT_TIMEOUT_MS });
    return (await page.evaluate(`(() => {
      const mark = performance.getEntriesByName('framelens:painted')[0];
      let ranges = 0;
      CSS.highlights.forEach((h) => { ranges += h.size; });
      return { paintedMs: mark.detail.ms, ranges };
    })()`)) as Load;
  } finally {
    await page.close();
  }
}

/** Installs `packs` as the reader's packs with every built-in pack off (through the extension's own storage). */
async function install(worker: Worker, packs: unknown[], builtinIds: string[]): Promise<void> {
  await worker.evaluate(
    async ({ packs, settings, keys }) => {
      const api = (globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }).chrome;
      await api.storage.local.set({ [keys.packs]: packs, [keys.settings]: settings });
    },
    { packs, settings: { ...DEFAULT_SETTINGS, disabledPacks: builtinIds }, keys: { packs: USER_PACKS_KEY, settings: SETTINGS_KEY } },
  );
}

async function main(): Promise<void> {
  const pages = benchPages(false).filter((p) => pageIds.includes(p.id));
  const server = await serveBench(pages, new Map());
  const builtinIds = loadCliPacks([]).packs.map((p) => p.id);
  const packsBySize = new Map(sizes.map((n) => [n, scalePacks(n)]));
  const browser = await launchBenchBrowser(extensionDir('chrome-mv3'));
  const painted = new Map<string, number[]>();
  const ranges = new Map<string, number>();
  const firstAfterChange = new Map<number, number[]>();
  try {
    const { context } = browser;
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 === 0 ? sizes : [...sizes].reverse();
      for (const size of order) {
        await install(worker, packsBySize.get(size) ?? [], builtinIds);
        const first = await load(context, server.pageUrl(pages[0]?.id ?? 'demo'));
        firstAfterChange.set(size, [...(firstAfterChange.get(size) ?? []), first.paintedMs]);
        for (const p of pages) {
          const result = await load(context, server.pageUrl(p.id));
          const key = `${p.id}\t${size}`;
          painted.set(key, [...(painted.get(key) ?? []), result.paintedMs]);
          ranges.set(key, result.ranges);
        }
      }
      process.stderr.write(`round ${round + 1}/${rounds} done\n`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const [small, big] = [sizes[0] as number, sizes.at(-1) as number];
  console.log(`| page | ${sizes.map((n) => `${n.toLocaleString('en')} entries: painted ms (ranges)`).join(' | ')} | ${big.toLocaleString('en')} / ${small.toLocaleString('en')} |`);
  console.log(`|---|${sizes.map(() => '---:').join('|')}|---:|`);
  for (const p of pages) {
    const cells = sizes.map((n) => {
      const xs = painted.get(`${p.id}\t${n}`) ?? [];
      return `${median(xs).toFixed(1)} (min ${Math.min(...xs).toFixed(1)}) (${ranges.get(`${p.id}\t${n}`) ?? '–'})`;
    });
    const ratio = median(painted.get(`${p.id}\t${big}`) ?? []) / median(painted.get(`${p.id}\t${small}`) ?? []);
    console.log(`| ${p.id} | ${cells.join(' | ')} | ${ratio.toFixed(2)} |`);
  }
  console.log(
    `First page after installing the packs (the background compiles them then): ${sizes.map((n) => `${n.toLocaleString('en')}: ${median(firstAfterChange.get(n) ?? []).toFixed(1)} ms`).join(', ')} (median of ${rounds}).`,
  );
  console.log(`(${rounds} rounds, sizes alternating; median (min) of the painted mark's detail.ms; ranges = highlighted ranges on the page)`);
}

await main();
