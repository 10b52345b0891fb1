/**
 * The longest main-thread task that runs Framelens code (issue 7: "never a task over 50 ms caused
 * by Framelens"). The bench's heartbeat sees every block, the page's own layout too (on the
 * 50,000-word page the page alone blocks ≈ 50–80 ms), and the Long Tasks API sees nothing from an
 * extension's isolated world. This script records, per load, a Chromium trace (every task on the
 * page's main thread) and a V8 CPU profile (which code ran when) in the same clock; a task is
 * Framelens' when a profile sample inside it has an extension script on its stack, or when the
 * trace shows it evaluating, compiling or calling into an extension script (a task shorter than
 * one sample still counts).
 *
 * Per load it also prints the **total** main-thread work Framelens causes, from the content
 * script's start on (issue 7: "on a page with no article, under 2 ms of main-thread work"):
 * - tasks: the summed duration of those tasks (the browser's own work inside them included:
 *   creating the extension's isolated world, compiling, the DOM calls our code makes);
 * - script: time of profile samples with an extension script on the stack plus the trace's
 *   top-level compile of extension scripts (v8.compile), which no sample attributes to us;
 * - the evaluation task (EvaluateScript of the content script) apart, and the rest after it.
 * - ipc: tasks that only receive a message of the extension system (extensions.mojom: the
 *   browser delivering replies and events to the content script), absent without an extension.
 * The profiler (one sample per 0.1 ms) slows the page down (compile most); compare builds in one
 * run. `--no-profile` records the trace only and counts every microtask checkpoint after the
 * content script started as Framelens' (promise continuations name no script): right only on a
 * page without scripts of its own, such as plain.
 *
 * Usage: FRAMELENS_OUT_DIR=… tsx scripts/bench/framelens-tasks.ts [--pages=demo,synthetic-50000] [--runs=5] [--detail]
 *        tsx scripts/bench/framelens-tasks.ts --builds=DIR,DIR … (two builds, load by load in turn)
 * (--pages=plain: the page without an article; --no-profile, see above; --corpus adds ../shared/corpus pages, by id,
 * and prints whether each was found to be an article)
 */
import { join, resolve } from 'node:path';
import type { BrowserContext, CDPSession } from '@playwright/test';
import { extensionDir } from '../lib/output-dir.mjs';
import { launchBenchBrowser, type BenchBrowser } from './bench-browser-context';
import { benchPages, serveBench } from './bench-server';

interface ProfileNode { id: number; callFrame: { url: string; functionName: string }; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number }
interface TraceEvent {
  name: string; ph: string; ts: number; dur?: number; pid: number; tid: number;
  args?: { name?: string; fileName?: string; data?: { url?: string }; chrome_mojo_event_info?: { mojo_interface_tag?: string } };
}

const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const pageIds = option('pages', 'demo,synthetic-50000').split(',');
const runs = Number(option('runs', '5'));
/** Trace only, no profiler (its sampling slows the page): microtask checkpoints count as Framelens', right only on a page without scripts of its own (plain). */
const withProfile = !args.includes('--no-profile');
const EXTENSION_URL = 'chrome-extension://';

/** Trace events that run extension code by name (evaluation, compile, a call into a listener): a task holding one is ours. */
const runsExtensionCode = (e: TraceEvent): boolean =>
  (e.args?.data?.url ?? e.args?.fileName ?? '').startsWith(EXTENSION_URL);

/** One profile sample whose stack holds an extension script: when (µs, trace clock), how long it stands for (µs), and the innermost extension function. */
interface OurSample { t: number; dt: number; where: string }

function extensionSamples(profile: Profile): OurSample[] {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = ours.get(id);
    if (known !== undefined) return known;
    const up = parent.get(id);
    const result = (byId.get(id)?.callFrame.url ?? '').startsWith('chrome-extension://') || (up !== undefined && isOurs(up));
    ours.set(id, result);
    return result;
  };
  const innermost = (id: number): string => {
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)?.callFrame;
      if (frame?.url.startsWith('chrome-extension://')) return `${frame.url.replace(/^chrome-extension:\/\/[^/]+\//, '')} ${frame.functionName || '(anonymous)'}`;
    }
    return '?';
  };
  const out: OurSample[] = [];
  let t = profile.startTime;
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i] ?? 0;
    // A sample stands for the time until the next one.
    if (isOurs(id)) out.push({ t, dt: profile.timeDeltas[i + 1] ?? 0, where: innermost(id) });
  });
  return out;
}

/**
 * The outermost events of each thread: the tasks. Not only `RunTask`: a microtask checkpoint
 * after a script (where a content script's promise continuations run) is its own top-level event.
 */
function topLevel(events: TraceEvent[]): TraceEvent[] {
  const sorted = [...events].sort((a, b) => a.pid - b.pid || a.tid - b.tid || a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const out: TraceEvent[] = [];
  let last: TraceEvent | null = null;
  for (const e of sorted) {
    if (last !== null && last.pid === e.pid && last.tid === e.tid && e.ts < last.ts + (last.dur ?? 0)) continue;
    out.push(e);
    last = e;
  }
  return out;
}

async function trace(cdp: CDPSession, run: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'toplevel,devtools.timeline,v8.execute,__metadata', transferMode: 'ReportEvents' });
  await run();
  await cdp.send('Tracing.end');
  await done;
  return events;
}

/** Framelens' main-thread work in one load (see the header). */
interface LoadTotals { tasksMs: number; taskCount: number; evaluationTaskMs: number; scriptMs: number; compileMs: number; ipcMs: number }

function loadTotals(ours: readonly TraceEvent[], samples: readonly OurSample[], named: readonly TraceEvent[]): Omit<LoadTotals, 'ipcMs'> {
  const ms = (e: TraceEvent): number => (e.dur ?? 0) / 1000;
  const compile = named.filter((e) => e.name === 'v8.compile');
  const evaluation = named.find((e) => e.name === 'EvaluateScript');
  const evaluationTask = evaluation === undefined ? undefined
    : ours.find((task) => evaluation.ts >= task.ts && evaluation.ts <= task.ts + (task.dur ?? 0));
  return {
    tasksMs: ours.reduce((sum, task) => sum + ms(task), 0),
    taskCount: ours.length,
    evaluationTaskMs: evaluationTask === undefined ? 0 : ms(evaluationTask),
    scriptMs: samples.reduce((sum, x) => sum + x.dt, 0) / 1000 + compile.reduce((sum, e) => sum + ms(e), 0),
    compileMs: compile.reduce((sum, e) => sum + ms(e), 0),
  };
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? (s[(s.length - 1) / 2] ?? NaN) : ((s[s.length / 2 - 1] ?? 0) + (s[s.length / 2] ?? 0)) / 2;
};

/** What one load of a page shows. */
interface LoadResult {
  longest: number;
  over50: number;
  /** Share of the extension's samples that fall inside a traced task: near 1 when the two clocks agree. */
  matched: number;
  /** What ran in the longest Framelens task (innermost extension functions, by samples of 0.1 ms). */
  inLongest: string | null;
  /** The longest main-thread task of any kind once Framelens has started (rendering has no script samples), and what it did. */
  anyAfter: number;
  anyInside: string | null;
  totals: LoadTotals;
  /** When each Framelens task began after the first (ms) and how long it ran: the gaps are waits (storage, the background). */
  taskList: string;
  isArticle: string;
}

const longestOf = (tasks: readonly TraceEvent[]): TraceEvent | null =>
  tasks.reduce<TraceEvent | null>((a, b) => (a === null || (b.dur ?? 0) > (a.dur ?? 0) ? b : a), null);

/** Loads `url` in a new tab of `context` with the trace (and the profile) recording. */
async function measureLoad(context: BrowserContext, url: string): Promise<LoadResult | null> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (withProfile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  }
  let profile: Profile | null = null;
  const events = await trace(cdp, async () => {
    if (withProfile) await cdp.send('Profiler.start');
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => performance.getEntriesByName('framelens:reported').length > 0, null, { timeout: 15_000 }).catch(() => undefined);
    await page.waitForTimeout(300);
    if (withProfile) profile = ((await cdp.send('Profiler.stop')) as unknown as { profile: Profile }).profile;
  });
  const isArticle = await page.evaluate(() => {
    const mark = performance.getEntriesByName('framelens:detected').at(-1);
    const detail: unknown = mark instanceof PerformanceMark ? mark.detail : null;
    return detail !== null && typeof detail === 'object' && 'isArticle' in detail ? String(detail.isArticle) : 'not detected';
  });
  await page.close();
  if (withProfile && profile === null) return null;
  const mainThreads = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const tasks = topLevel(events.filter((e) => e.ph === 'X' && mainThreads.has(`${e.pid}:${e.tid}`)));
  const found = profile === null ? [] : extensionSamples(profile);
  const samples = found.map((x) => x.t);
  const named = events.filter((e) => e.ph === 'X' && mainThreads.has(`${e.pid}:${e.tid}`) && runsExtensionCode(e));
  const inside = (task: TraceEvent, e: TraceEvent): boolean =>
    e.pid === task.pid && e.tid === task.tid && e.ts >= task.ts && e.ts <= task.ts + (task.dur ?? 0);
  const start = Math.min(samples[0] ?? Infinity, named[0]?.ts ?? Infinity);
  const runsOurs = (task: TraceEvent): boolean =>
    samples.some((t) => t >= task.ts && t <= task.ts + (task.dur ?? 0)) || named.some((e) => inside(task, e))
    || (!withProfile && task.ts >= start && events.some((e) => e.name === 'RunMicrotasks' && inside(task, e))
      && !events.some((e) => inside(task, e) && (e.args?.chrome_mojo_event_info?.mojo_interface_tag ?? '').includes('DevTools')));
  const ours = tasks.filter(runsOurs);
  const ipc = tasks.filter((task) => task.ts >= start && !runsOurs(task)
    && events.some((e) => inside(task, e) && (e.args?.chrome_mojo_event_info?.mojo_interface_tag ?? '').startsWith('extensions.mojom')));
  const byTime = [...ours].sort((a, b) => a.ts - b.ts);
  // Any task from Framelens' start on (the page's layout and paint included, e.g. drawing the highlights).
  const biggest = longestOf(tasks.filter((task) => task.ts + (task.dur ?? 0) >= start));
  let anyInside: string | null = null;
  if (biggest !== null) {
    // What it did: its largest inner events (Layout, Paint, a script's evaluation …).
    const inner = events.filter((e) => e !== biggest && e.ph === 'X' && e.pid === biggest.pid && e.tid === biggest.tid
      && e.ts >= biggest.ts && e.ts + (e.dur ?? 0) <= biggest.ts + (biggest.dur ?? 0));
    const byName = new Map<string, number>();
    for (const e of inner) byName.set(e.name, Math.max(byName.get(e.name) ?? 0, (e.dur ?? 0) / 1000));
    anyInside = `${((biggest.dur ?? 0) / 1000).toFixed(1)} ms: ${[...byName].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([n, ms]) => `${n} ${ms.toFixed(1)}`).join(', ')}`;
  }
  const worst = longestOf(ours);
  let inLongest: string | null = null;
  if (worst !== null) {
    const where = new Map<string, number>();
    for (const x of found) if (x.t >= worst.ts && x.t <= worst.ts + (worst.dur ?? 0)) where.set(x.where, (where.get(x.where) ?? 0) + 1);
    const topWhere = [...where].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([w, n]) => `${w} ×${n}`).join('; ');
    inLongest = `${((worst.dur ?? 0) / 1000).toFixed(1)} ms ${worst.name}: ${topWhere}`;
  }
  const durations = ours.map((task) => (task.dur ?? 0) / 1000);
  const sampled = samples.filter((t) => ours.some((task) => t >= task.ts && t <= task.ts + (task.dur ?? 0))).length;
  return {
    longest: Math.max(0, ...durations),
    over50: durations.filter((d) => d > 50).length,
    matched: samples.length === 0 ? 1 : sampled / samples.length,
    inLongest,
    anyAfter: (biggest?.dur ?? 0) / 1000,
    anyInside,
    totals: { ...loadTotals(ours, found, named), ipcMs: ipc.reduce((sum, task) => sum + (task.dur ?? 0) / 1000, 0) },
    taskList: byTime.map((task) => `+${((task.ts - (byTime[0]?.ts ?? 0)) / 1000).toFixed(1)}: ${((task.dur ?? 0) / 1000).toFixed(2)}`).join(', '),
    isArticle,
  };
}

function printPage(id: string, loads: readonly LoadResult[]): void {
  const longest = loads.map((l) => l.longest);
  console.log(`${id}: longest Framelens task per load ${longest.map((d) => d.toFixed(1)).join(', ')} ms; median ${median(longest).toFixed(1)}, max ${Math.max(...longest).toFixed(1)}; tasks > 50 ms per load: ${loads.map((l) => l.over50).join(', ')}; samples inside a task ${loads.map((l) => l.matched.toFixed(2)).join(', ')}`);
  console.log(`  longest task of any kind after Framelens started: ${loads.map((l) => l.anyAfter.toFixed(1)).join(', ')} ms`);
  const stat = (pick: (t: LoadTotals) => number): string => {
    const xs = loads.map((l) => pick(l.totals));
    return `${median(xs).toFixed(2)} (${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)})`;
  };
  console.log(`  Framelens' main-thread work per load, median (min–max) ms: tasks ${stat((t) => t.tasksMs)} in ${stat((t) => t.taskCount)} tasks; ` +
    `of which the evaluation task ${stat((t) => t.evaluationTaskMs)}, the rest ${stat((t) => t.tasksMs - t.evaluationTaskMs)}; ` +
    `script ${withProfile ? stat((t) => t.scriptMs) : '– (no profile)'} (compile ${stat((t) => t.compileMs)}); ` +
    `extension messages (ipc) ${stat((t) => t.ipcMs)}; article: ${[...new Set(loads.map((l) => l.isArticle))].join(', ')}`);
  console.log(`  tasks ms per load: ${loads.map((l) => l.totals.tasksMs.toFixed(2)).join(', ')}`);
  if (args.includes('--detail')) {
    for (const l of loads) if (l.inLongest !== null) console.log(`  longest Framelens task: ${l.inLongest}`);
    for (const l of loads) if (l.anyInside !== null) console.log(`  longest task of any kind: ${l.anyInside}`);
    for (const l of loads) console.log(`  Framelens tasks (start: ms): ${l.taskList}`);
  }
}

async function main(): Promise<void> {
  const server = await serveBench(benchPages(args.includes('--corpus')).filter((p) => pageIds.includes(p.id)), new Map());
  // --builds=DIR,DIR (output directories holding chrome-mv3/): compared load by load, in turn, so all see the same machine load.
  const builds = option('builds', '').split(',').filter((b) => b !== '');
  const dirs = builds.length === 0 ? [extensionDir('chrome-mv3')] : builds.map((b) => join(resolve(b), 'chrome-mv3'));
  const browsers: BenchBrowser[] = [];
  try {
    for (const dir of dirs) browsers.push(await launchBenchBrowser(dir));
    for (const id of pageIds) {
      const loads = dirs.map((): LoadResult[] => []);
      for (let run = 0; run < runs + 1; run++) {
        const order = run % 2 === 0 ? [...browsers.keys()] : [...browsers.keys()].reverse();
        for (const b of order) {
          const result = await measureLoad((browsers[b] as BenchBrowser).context, server.pageUrl(id));
          if (run > 0 && result !== null) loads[b]?.push(result); // the first load warms the browser and the service worker
        }
      }
      dirs.forEach((dir, b) => {
        if (dirs.length > 1) console.log(`\n[${dir}]`);
        printPage(id, loads[b] ?? []);
      });
    }
  } finally {
    for (const browser of browsers) await browser.close();
    await server.close();
  }
}

await main();
