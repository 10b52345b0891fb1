/**
 * What the benchmark reads from a page, as functions Playwright runs inside it: the floor (one
 * TreeWalker pass over every text node), Framelens' performance marks, and long tasks recorded
 * by an observer that an init script registers before any page or extension code runs.
 */
import type { CDPSession, Page } from '@playwright/test';

/** Floor samples; the median is kept. */
export const FLOOR_RUNS = 7;
/**
 * Each sample repeats the pass until this much time has passed and divides: performance.now() is
 * coarsened to 0.1 ms in pages that are not cross-origin isolated, far coarser than one pass on a short page.
 */
export const FLOOR_SAMPLE_MS = 5;

/** Gaps in the heartbeat longer than this count as a blocked main thread (the Long Tasks API's 50 ms). */
export const BLOCKED_MS = 50;
/** How long the heartbeat runs after DOMContentLoaded (document_idle content scripts start after it). */
export const HEARTBEAT_MS = 6_000;

/**
 * Init script: records every long task (>50 ms) of the page's main thread from the start, and runs a
 * main-world heartbeat (a 0 ms timer chain) that logs every gap over 50 ms. Chromium's Long Tasks
 * API does not report tasks spent in an extension's content script (measured: 0 entries while the
 * content script ran for 230 ms), but the heartbeat stalls during them, so gaps catch them.
 */
export const LONG_TASK_OBSERVER = `(() => {
  const tasks = [];
  const gaps = [];
  Object.defineProperty(window, '__framelensLongTasks', { value: tasks });
  Object.defineProperty(window, '__framelensGaps', { value: gaps });
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration }); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
  document.addEventListener('DOMContentLoaded', () => {
    const until = performance.now() + ${HEARTBEAT_MS};
    let last = performance.now();
    const beat = () => {
      const now = performance.now();
      if (now - last > ${BLOCKED_MS}) gaps.push({ start: last, duration: now - last });
      last = now;
      if (now < until) setTimeout(beat, 0);
    };
    setTimeout(beat, 0);
  });
})();`;

export interface LongTask {
  start: number;
  duration: number;
}

export interface FramelensMark {
  name: string;
  startTime: number;
  detail: unknown;
}

/** Median time of one TreeWalker pass reading every text node of the page, in ms. */
export function measureFloor(page: Page): Promise<number> {
  return page.evaluate(
    ({ runs, sampleMs }) => {
      // No inner named functions: tsx (esbuild keepNames) would wrap them in a __name() the page lacks.
      const times: number[] = [];
      for (let r = 0; r < runs; r++) {
        const t = performance.now();
        let passes = 0;
        do {
          const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
          let chars = 0;
          while (walker.nextNode()) chars += (walker.currentNode as Text).data.length;
          if (chars < 0) break;
          passes++;
        } while (performance.now() - t < sampleMs);
        times.push((performance.now() - t) / passes);
      }
      times.sort((a, b) => a - b);
      return times[Math.floor(times.length / 2)] ?? 0;
    },
    { runs: FLOOR_RUNS, sampleMs: FLOOR_SAMPLE_MS },
  );
}

/** Every `framelens:*` performance mark of the page. */
export function readMarks(page: Page): Promise<FramelensMark[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('mark')
      .filter((m) => m.name.startsWith('framelens:'))
      .map((m) => ({ name: m.name, startTime: m.startTime, detail: JSON.parse(JSON.stringify((m as PerformanceMark).detail ?? null)) as unknown })),
  );
}

/** Long tasks recorded so far: the Long Tasks API's and the heartbeat's gaps. */
export function readLongTasks(page: Page): Promise<LongTask[]> {
  return page.evaluate(() => {
    const w = window as unknown as { __framelensLongTasks?: { start: number; duration: number }[]; __framelensGaps?: { start: number; duration: number }[] };
    return [...(w.__framelensLongTasks ?? []), ...(w.__framelensGaps ?? [])];
  });
}

/** Used JS heap of the page's isolate (main and content-script worlds) after a full GC, in bytes. */
export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/** Main-thread script and task time so far (CDP Performance metrics), in ms. */
export async function mainThreadMs(cdp: CDPSession): Promise<{ script: number; task: number }> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name: string): number => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  return { script: get('ScriptDuration'), task: get('TaskDuration') };
}
