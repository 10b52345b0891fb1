/**
 * Detection written once, run two ways. The steps of detection are generators that `yield` at
 * safe points (between phases, every few dozen elements of the block walk, between blocks of
 * the text map); a yield carries nothing and changes nothing. `runSteps` runs them straight
 * through (CLI, tests, the watcher); `runStepsSliced` gives the page back whenever a slice has
 * used its time, so a long page is never one long main-thread task (issue 7: no task over
 * 50 ms). Both drive the same code, so both return the same result.
 */

/** Work that may pause at its `yield`s and returns `T`. */
export type Steps<T> = Generator<void, T, void>;

/** How the sliced driver keeps time and gives the page back; no browser API here, the caller injects them. */
export interface Slicer {
  /** A clock in milliseconds (`performance.now`). */
  now: () => number;
  /** Resolves once the page has had its turn (`scheduler.yield`, or a 0 ms timer). */
  yieldToPage: () => Promise<void>;
  /** Time one slice may take before it gives the page back. */
  sliceMs: number;
}

/** Runs `steps` to the end in one go, ignoring its pause points. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done === true) return next.value;
  }
}

/** Runs `steps` in slices of at most about `slicer.sliceMs`, giving the page back between them. */
export async function runStepsSliced<T>(steps: Steps<T>, slicer: Slicer): Promise<T> {
  let sliceStart = slicer.now();
  for (;;) {
    const next = steps.next();
    if (next.done === true) return next.value;
    if (slicer.now() - sliceStart >= slicer.sliceMs) {
      await slicer.yieldToPage();
      sliceStart = slicer.now();
    }
  }
}
