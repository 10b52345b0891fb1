/**
 * Gives the page its turn (input, rendering, its own scripts) before Framelens goes on:
 * `scheduler.yield()` where the browser has it (Chromium; the continuation keeps its place
 * ahead of other tasks), else a 0 ms timer (Firefox).
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
