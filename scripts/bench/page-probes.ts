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

/** Init script: records every long task (>50 ms) of the page's main thread from the start. */
export const LONG_TASK_OBSERVER = `(() => {
  const tasks = [];
  Object.defineProperty(window, '__framelensLongTasks', { value: tasks });
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration }); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
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

/** Long tasks recorded so far. */
export function readLongTasks(page: Page): Promise<LongTask[]> {
  return page.evaluate(() => {
    const w = window as unknown as { __framelensLongTasks?: { start: number; duration: number }[] };
    return [...(w.__framelensLongTasks ?? [])];
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
