/**
 * Isolation (issue 8): when analysis fails, the page keeps working, the popup says what failed and
 * offers to try again, and the next page is analysed normally. The failure is made the way a real
 * one happens: the background cannot read the reader's packs from storage (the test replaces
 * `storage.local.get` in the service worker), so its `analyze-text` handler throws.
 */
import type { Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { HighlightedPage } from './pages/highlighted-page';
import { HostilePage } from './pages/hostile-page';
import { PopupPage } from './pages/popup';
import { Toolbar } from './pages/toolbar';

type StorageArea = { get(keys?: unknown): Promise<Record<string, unknown>> };
declare const chrome: { storage: { local: StorageArea } };
/** Where the service worker keeps the real `get` while it is replaced. */
declare const self: { __realGet?: StorageArea['get'] };

const FAILURE = 'storage is unavailable (e2e)';

/** Makes the background's read of the reader's packs throw, as a broken storage would. */
async function breakPackStorage(sw: Worker): Promise<void> {
  await sw.evaluate((message) => {
    const area = chrome.storage.local;
    const real = area.get.bind(area);
    self.__realGet = real;
    area.get = (keys?: unknown) => (keys === 'user-packs' ? Promise.reject(new Error(message)) : real(keys));
  }, FAILURE);
}

async function repairPackStorage(sw: Worker): Promise<void> {
  await sw.evaluate(() => {
    if (self.__realGet) chrome.storage.local.get = self.__realGet;
  });
}

test('a failed analysis leaves the page working, the popup says what failed, a retry and the next page work', async ({ context, page, pages, sw, extensionId }) => {
  await breakPackStorage(sw);
  const url = pages.url('hostile'); // no ?attack=: a plain article whose own script ticks a counter
  const hostile = await new HostilePage(page).open(url);
  await hostile.waitFor("performance.getEntriesByName('framelens:reported').some((m) => m.detail?.status === 'failed')");

  // The page is as served and its own script runs; Framelens painted nothing and threw nothing uncaught.
  const article = new HighlightedPage(page);
  const untick = (html: string): string => html.replace(/<output id="ticks">\d+<\/output>/, '<output id="ticks"></output>');
  expect(untick(await article.html())).toBe(untick(await article.servedHtml(url)));
  expect(await article.highlightCount()).toBe(0);
  expect(await hostile.keepsTicking()).toBe(true);
  expect(hostile.problems.filter((p) => p.kind === 'exception')).toEqual([]);

  // The toolbar and the popup say what failed.
  const toolbar = new Toolbar(sw);
  const tabId = await toolbar.tabIdOf(url);
  expect(await toolbar.badge(tabId)).toEqual({ text: '', title: 'Framelens could not analyse this page' });
  const popup = await new PopupPage(await context.newPage(), extensionId).open(tabId);
  await expect(popup.status).toHaveAttribute('data-status', 'failed');
  await expect(popup.status).toContainText(`Framelens could not analyse this page: ${FAILURE}`);
  // The side panel says the same and offers the same retry.
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);
  await expect(panel.getByTestId('article-status')).toHaveAttribute('data-status', 'failed');
  await expect(panel.getByTestId('retry-analysis')).toBeVisible();
  await panel.close();

  // Once storage works again, "Try again" analyses the same page without a reload.
  await repairPackStorage(sw);
  await popup.page.getByTestId('retry-analysis').click();
  await expect(popup.status).toHaveAttribute('data-status', 'article');
  await expect(popup.title).toHaveText('Night of shelling tests a fragile Karabakh truce');
  await hostile.waitForPainted();
  expect((await hostile.paintedTexts()).term).toContain('liberated');

  // And the next page is analysed as usual.
  await page.goto(pages.url('demo'));
  await page.waitForFunction(() => performance.getEntriesByName('framelens:painted').length > 0);
  const demoTab = await toolbar.tabIdOf(pages.url('demo'));
  await popup.open(demoTab);
  await expect(popup.status).toHaveAttribute('data-status', 'article');
  await expect(popup.title).toHaveText('Shelling tests Karabakh truce hours after Moscow deal');
});

test('a page with more text than Framelens analyses is declined with a reason, and the next page is analysed as usual', async ({ context, page, pages, sw, extensionId }) => {
  const url = `${pages.url('hostile')}?attack=huge`;
  const hostile = await new HostilePage(page).open(url);
  await hostile.waitFor("performance.getEntriesByName('framelens:reported').some((m) => m.detail?.status === 'failed')", 30_000);
  expect(await new HighlightedPage(page).highlightCount()).toBe(0);
  expect(await hostile.keepsTicking()).toBe(true);
  expect(hostile.problems.filter((p) => p.kind === 'exception')).toEqual([]);
  const popup = await new PopupPage(await context.newPage(), extensionId).open(await new Toolbar(sw).tabIdOf(url));
  await expect(popup.status).toHaveAttribute('data-status', 'failed');
  await expect(popup.status).toContainText(/could not analyse this page: the article is too long to analyse \([\d,]+ characters; Framelens reads up to 1,000,000\)/);
  // The demo, in another tab, is analysed as usual.
  const demo = await context.newPage();
  await demo.goto(pages.url('demo'));
  await demo.waitForFunction(() => performance.getEntriesByName('framelens:painted').length > 0);
});
