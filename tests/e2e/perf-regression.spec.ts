/**
 * Performance regression checks (issue 7). The demo article's time from content-script start to
 * painted highlights (the `framelens:painted` mark's detail.ms) must stay within 10 × the page's
 * floor + one frame, both measured in this run: the floor is one TreeWalker pass reading every
 * text node, so the check is a ratio that holds on slow and fast machines alike. The content
 * script must also stay within its gzip budget. `npm run bench:browser` measures the full picture.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { CONTENT_SCRIPT_BUDGET_GZIP, CONTENT_SCRIPT_FILE, PAGE_APP_FILE, withoutPackData } from '../../scripts/bench/bundle-sizes';
import { measureFloor } from '../../scripts/bench/page-probes';
import { EXTENSION_DIR, expect, test } from './fixtures';

/** The regression bound: far looser than the 3 × floor + 16 ms target, so only real regressions fail. */
const FLOOR_FACTOR = 10;
const FRAME_MS = 16;
/** How long the content script may take to paint before the check gives up. */
const PAINT_TIMEOUT_MS = 15_000;

/**
 * The time target is NOT met (issue 7 is blocked on it; docs/benchmarks.md "Session 3 … Why ≈ 16 ms
 * cannot be met"): on the demo the cold first stage's detection alone (12–21 ms) exceeds the bound
 * of ≈ 16 ms, before the page app is compiled and evaluated and the background's analysis comes
 * back (≈ 60–80 ms in all). The check runs as an expected failure, which Playwright reports as
 * such, which `npm test` lists under "known gaps", and which turns into a failure the moment it
 * passes, so whoever meets the target must remove the marker. The bundle budgets are met and
 * checked for real.
 */
const KNOWN_GAP = 'issue 7 blocked on this target: cold scripts cannot paint within ≈ 16 ms, see docs/benchmarks.md "Why ≈ 16 ms cannot be met"';

test.describe('performance', () => {
  for (const file of [CONTENT_SCRIPT_FILE, PAGE_APP_FILE]) {
    test(`${file} stays within the content script's gzip budget, pack data excluded`, () => {
      const code = fs.readFileSync(path.join(EXTENSION_DIR, file), 'utf8');
      const gzip = gzipSync(withoutPackData(code).code, { level: 9 }).length;
      expect(gzip, `${file} is ${(gzip / 1024).toFixed(1)} KB gzip without pack data`).toBeLessThanOrEqual(CONTENT_SCRIPT_BUDGET_GZIP);
    });
  }

  test('the first stage, which runs on every page, loads neither zod nor Preact', () => {
    const code = fs.readFileSync(path.join(EXTENSION_DIR, CONTENT_SCRIPT_FILE), 'utf8');
    // Markers of each library's runtime in a minified bundle (zod's internals, Preact's mangled hook and children slots).
    expect(code, 'zod in the first stage (docs/architecture.md "Content script")').not.toMatch(/_zod|ZodError/);
    expect(code, 'Preact in the first stage').not.toMatch(/\.__H\b|\.__k\b/);
    const app = fs.readFileSync(path.join(EXTENSION_DIR, PAGE_APP_FILE), 'utf8');
    expect(app, 'the markers are found where the libraries are').toMatch(/_zod/);
    expect(app).toMatch(/\.__H\b/);
  });

  test("the first stage runs without WXT's content-script wrapper and the webextension polyfill", () => {
    const code = fs.readFileSync(path.join(EXTENSION_DIR, CONTENT_SCRIPT_FILE), 'utf8');
    // The polyfill's reply marker and WXT's wrapper events (its start-up notice and location watcher):
    // entrypoints/first-stage.ts calls the browser's own API instead (docs/architecture.md "Content script").
    const markers = [/mozWebExtensionPolyfillReject/, /wxt:content-script-started/, /wxt:locationchange/];
    for (const marker of markers) expect(code, `${String(marker)} in the first stage`).not.toMatch(marker);
    // The page app is still a WXT content script with the polyfill: the markers are found where they are.
    const app = fs.readFileSync(path.join(EXTENSION_DIR, PAGE_APP_FILE), 'utf8');
    for (const marker of markers) expect(app, `${String(marker)} in the page app`).toMatch(marker);
  });

  test('highlights on the demo article arrive within 10 × the floor + 16 ms', async ({ page, pages }) => {
    test.fail(true, KNOWN_GAP);
    await page.goto(pages.url('demo'));
    const painted = await page
      .waitForFunction(() => performance.getEntriesByName('framelens:painted').length > 0, null, { timeout: PAINT_TIMEOUT_MS })
      .then(() => true)
      .catch(() => false);
    expect(
      painted,
      `the content script never recorded the "framelens:painted" performance mark on the demo article within ${PAINT_TIMEOUT_MS / 1000} s ` +
        '(the page app, entrypoints/page-app.content.ts, runs the page session that calls markPainted), so time-to-highlights cannot be checked',
    ).toBe(true);
    const ms = await page.evaluate(() => {
      const mark = performance.getEntriesByName('framelens:painted', 'mark').find((e): e is PerformanceMark => e instanceof PerformanceMark);
      const detail: unknown = mark?.detail;
      return detail !== null && typeof detail === 'object' && 'ms' in detail && typeof detail.ms === 'number' ? detail.ms : null;
    });
    expect(ms, 'framelens:painted carries its total in detail.ms').not.toBeNull();
    const floor = await measureFloor(page);
    const bound = FLOOR_FACTOR * floor + FRAME_MS;
    expect(ms ?? Infinity, `time to highlights vs ${FLOOR_FACTOR} × floor (${floor.toFixed(3)} ms) + ${FRAME_MS} ms`).toBeLessThanOrEqual(bound);
  });
});
