/**
 * On a site the reader switched off, Framelens reads the switches and stops: no page app. On a
 * page with article markup the first stage asks for the page app before it has read them (so
 * the injection overlaps the storage read), and the background, which keeps its own copy of the
 * switches (utils/ext/switches-cache.ts), declines that early ask (utils/ext/page-app-injector.ts).
 */
import { expect, test } from './fixtures';

declare const chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };

const CASES: [string, Record<string, unknown>][] = [
  ['this site is switched off', { enabled: true, disabledSites: ['127.0.0.1'] }],
  ['Framelens is switched off', { enabled: false, disabledSites: [] }],
];

test.describe('a switched-off site with an article', () => {
  for (const [name, settings] of CASES) {
    test(`${name}: the page app is never injected, the page is reported off`, async ({ page, pages, sw }) => {
      await sw.evaluate((value) => chrome.storage.local.set({ settings: value }), settings);
      // The background's copy follows storage.onChanged: let that event arrive first.
      await sw.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
      await page.goto(pages.url('demo'));
      await page.waitForFunction(() => performance.getEntriesByName('framelens:reported').length > 0, null, { timeout: 15_000 });
      await page.waitForTimeout(500); // an injection declined late would show by now
      const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => m.name));
      expect(marks.filter((n) => n.startsWith('framelens:page-app'))).toEqual([]);
      expect(marks).not.toContain('framelens:detected');
      const reported = await page.evaluate(() => (performance.getEntriesByName('framelens:reported')[0] as PerformanceMark).detail as { status?: string });
      expect(reported.status).toBe('off');
    });
  }
});
