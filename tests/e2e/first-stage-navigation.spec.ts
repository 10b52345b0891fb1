/**
 * The first stage (entrypoints/first-stage.ts) follows single-page navigation on its own: it
 * runs without WXT's content-script context and its once-a-second location watcher, and hears
 * changes of address through the Navigation API from its isolated world
 * (utils/page/address-changes.ts). These check that it does, in the browser.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const DEMO_HTML = fs.readFileSync(path.resolve(import.meta.dirname, '../fixtures/pages/demo/source.html'), 'utf8');

/** The `isArticle` of each `framelens:detected` mark, in order: one per look at the page. */
const detections = (page: Page): Promise<unknown[]> =>
  page.evaluate(() => performance.getEntriesByName('framelens:detected').map((m) => (m instanceof PerformanceMark ? (m.detail as { isArticle?: unknown } | null)?.isArticle : null)));

test.describe('the first stage and single-page navigation', () => {
  test('a page without an article that turns into one without a load gets looked at again and painted', async ({ page, pages }) => {
    await page.goto(pages.url('plain'));
    await expect.poll(() => detections(page)).toEqual([false]);
    // The page's own script swaps its content and address, as a single-page site does.
    await page.evaluate((html) => {
      document.documentElement.innerHTML = new DOMParser().parseFromString(html, 'text/html').documentElement.innerHTML;
      history.pushState({}, '', '/demo-without-load/');
    }, DEMO_HTML);
    await page.waitForFunction(() => performance.getEntriesByName('framelens:painted').length > 0, null, { timeout: 15_000 });
    expect(await detections(page)).toEqual([false, true]);
  });

  test('a change of fragment is a change of address; an address event the page only pretends is not', async ({ page, pages }) => {
    await page.goto(pages.url('plain'));
    await expect.poll(() => detections(page)).toEqual([false]);
    // The page fires the Navigation API's event (and WXT's old one) without changing its address: nothing happens.
    await page.evaluate(() => {
      (window as { navigation?: EventTarget }).navigation?.dispatchEvent(new Event('currententrychange'));
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    await page.waitForTimeout(500);
    expect(await detections(page)).toEqual([false]);
    await page.evaluate(() => {
      location.hash = '#opening-hours';
    });
    await expect.poll(() => detections(page)).toEqual([false, false]);
  });
});
