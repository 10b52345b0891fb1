/**
 * Stage marks for the content script's pipeline, so the browser benchmark
 * (scripts/bench-browser.ts) and anyone with DevTools can split Framelens' time on a page into
 * detection, matcher, analysis and highlighting from outside the extension. Each mark is a
 * `performance.mark('framelens:<stage>', { detail: { ms } })`, `ms` counted from content-script start,
 * the same convention as `framelens:painted` (page-highlights.ts `markPainted`).
 */

/** The stages the content script passes through, in order. */
export type PipelineStage = 'detected' | 'matcher' | 'analyzed' | 'painted';

/** Records one mark per stage; `stage` returns the milliseconds since `startedAt`. */
export interface PerfMarks {
  stage(name: PipelineStage, extra?: Record<string, number | boolean>): number;
}

/** Marks stages against `startedAt` (performance.now() when the content script started). */
export function createPerfMarks(perf: Pick<Performance, 'mark' | 'now'>, startedAt: number): PerfMarks {
  return {
    stage(name, extra = {}) {
      const ms = perf.now() - startedAt;
      perf.mark(`framelens:${name}`, { detail: { ...extra, ms } });
      return ms;
    },
  };
}
