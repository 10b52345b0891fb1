/**
 * A/B of two built extensions on a shared, loaded machine (issue 7): the same pages are loaded
 * in turn with build A, build B and no extension, round after round, so both builds see the same
 * load; per build and page it prints the median and the minimum over the rounds (the minimum is
 * the least disturbed run, the closest to the real cost when other jobs share the CPU) of:
 * `framelens:detected` / when the page app's bundle arrives (`framelens:page-app-evaluating`), how long it evaluates, when
 * its main starts (`framelens:page-app`) / `framelens:painted` ms (from the
 * content script's start, after its own evaluation), the painted mark's time since DOMContentLoaded (counts the
 * evaluation of the scripts too, which a one-script build's `detail.ms` leaves out), the longest main-thread block after
 * DOMContentLoaded (Long Tasks API + heartbeat, as bench-browser.ts), and extra main-thread
 * script time (CDP ScriptDuration, with − without the extension, same round).
 *
 * Usage: tsx scripts/bench/ab-content.ts --a=DIR --b=DIR [--pages=demo,plain,synthetic-50000] [--rounds=7]
 * (DIR: an output directory holding chrome-mv3/, e.g. .output-perf)
 */
import { join, resolve } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { launchBenchBrowser, type BenchBrowser } from './bench-browser-context';
import { benchPages, serveBench } from './bench-server';
import { LONG_TASK_OBSERVER, mainThreadMs, readLongTasks, readMarks } from './page-probes';

const args = process.argv.slice(2);
const option = (name: string, fallback?: string): string => {
  const value = args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
  if (value === undefined) throw new Error(`--${name}= is required`);
  return value;
};
const builds = { A: resolve(option('a')), B: resolve(option('b')) };
const pageIds = option('pages', 'demo,plain,synthetic-50000').split(',');
const rounds = Number(option('rounds', '7'));

interface Sample {
  detected: number | null;
  pageApp: number | null;
  painted: number | null;
  /** The `framelens:painted` mark's time since DOMContentLoaded ended: unlike its `detail.ms` (from the content script's start), this counts the evaluation of the scripts too. */
  paintedSinceDcl: number | null;
  /** When the page app's bundle began to evaluate (`framelens:page-app-evaluating`), ms from the first stage's start. */
  pageAppArrives: number | null;
  /** Its evaluation: from that mark to `framelens:page-app` (its main starts). */
  pageAppEvaluates: number | null;
  longest: number;
  script: number;
}

/** A browser with the build in `outputDir` (its chrome-mv3 folder), or none. */
function launch(outputDir: string | null): Promise<BenchBrowser> {
  return launchBenchBrowser(outputDir === null ? null : join(outputDir, 'chrome-mv3'), { initScript: LONG_TASK_OBSERVER });
}

async function load(context: BrowserContext, url: string, withExtension: boolean): Promise<Sample> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load' });
    if (withExtension) {
      await page
        .waitForFunction(() => performance.getEntriesByName('framelens:reported').length > 0, null, { timeout: 15_000 })
        .catch(() => undefined);
    }
    await page.waitForTimeout(300);
    const marks = await readMarks(page);
    const ms = (name: string): number | null => {
      const detail = marks.find((m) => m.name === name)?.detail;
      return detail !== null && typeof detail === 'object' && 'ms' in detail && typeof detail.ms === 'number' ? detail.ms : null;
    };
    const [ready, dclEnd] = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      return nav instanceof PerformanceNavigationTiming ? [nav.domContentLoadedEventStart, nav.domContentLoadedEventEnd] : [0, 0];
    });
    const at = (name: string): number | null => marks.find((m) => m.name === name)?.startTime ?? null;
    const paintedMark = marks.find((m) => m.name === 'framelens:painted');
    const detectedAt = at('framelens:detected');
    const detectedMs = ms('framelens:detected');
    const evaluating = at('framelens:page-app-evaluating');
    const mainAt = at('framelens:page-app');
    const firstStageStart = detectedAt === null || detectedMs === null ? null : detectedAt - detectedMs;
    const tasks = await readLongTasks(page);
    const longest = Math.max(0, ...tasks.filter((t) => t.start + t.duration >= ready).map((t) => t.duration));
    return { detected: ms('framelens:detected'), pageApp: ms('framelens:page-app'), painted: ms('framelens:painted'), paintedSinceDcl: paintedMark === undefined ? null : paintedMark.startTime - dclEnd,
      pageAppArrives: evaluating === null || firstStageStart === null ? null : evaluating - firstStageStart,
      pageAppEvaluates: evaluating === null || mainAt === null ? null : mainAt - evaluating, longest, script: (await mainThreadMs(cdp)).script };
  } finally {
    await page.close();
  }
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? (s[(s.length - 1) / 2] ?? NaN) : ((s[s.length / 2 - 1] ?? 0) + (s[s.length / 2] ?? 0)) / 2;
};
const fmt = (xs: (number | null)[]): string => {
  const v = xs.filter((x): x is number => x !== null);
  return v.length === 0 ? '–' : `${median(v).toFixed(1)} (min ${Math.min(...v).toFixed(1)})`;
};

async function main(): Promise<void> {
  const server = await serveBench(benchPages(false).filter((p) => pageIds.includes(p.id)), new Map());
  const contexts = { A: await launch(builds.A), B: await launch(builds.B), none: await launch(null) };
  const samples = new Map<string, Sample[]>();
  const add = (key: string, sample: Sample): void => void samples.set(key, [...(samples.get(key) ?? []), sample]);
  try {
    for (const id of pageIds) for (const ctx of ['A', 'B'] as const) await load(contexts[ctx].context, server.pageUrl(id), true); // warm-up
    for (let round = 0; round < rounds; round++) {
      for (const id of pageIds) {
        const none = await load(contexts.none.context, server.pageUrl(id), false);
        add(`none ${id}`, none);
        for (const ctx of round % 2 === 0 ? (['A', 'B'] as const) : (['B', 'A'] as const)) {
          const s = await load(contexts[ctx].context, server.pageUrl(id), true);
          add(`${ctx} ${id}`, { ...s, script: s.script - none.script });
        }
      }
    }
  } finally {
    for (const browser of Object.values(contexts)) await browser.close();
    await server.close();
  }
  console.log(`A = ${builds.A}\nB = ${builds.B}\n${rounds} rounds, median (min)\n`);
  console.log('| page | build | detected ms | page app arrives / evaluates / starts ms | painted ms | painted since DCL ms | longest block after DCL (no extension) | extra script ms |');
  console.log('|---|---|---:|---:|---:|---:|---:|---:|');
  for (const id of pageIds) {
    const none = samples.get(`none ${id}`) ?? [];
    for (const ctx of ['A', 'B']) {
      const s = samples.get(`${ctx} ${id}`) ?? [];
      console.log(`| ${id} | ${ctx} | ${fmt(s.map((x) => x.detected))} | ${fmt(s.map((x) => x.pageAppArrives))} / ${fmt(s.map((x) => x.pageAppEvaluates))} / ${fmt(s.map((x) => x.pageApp))} | ${fmt(s.map((x) => x.painted))} | ${fmt(s.map((x) => x.paintedSinceDcl))} | ${fmt(s.map((x) => x.longest))} (${fmt(none.map((x) => x.longest))}) | ${fmt(s.map((x) => x.script))} |`);
    }
  }
}

await main();
