import { expect, test } from './fixtures';
import { Toolbar } from './pages/toolbar';

test.describe('reading the demo article', () => {
  test('the toolbar button says an article was found, and the page is left untouched', async ({ page, pages, sw }) => {
    const url = pages.url('demo');
    await page.goto(url);
    const before = await page.evaluate(() => document.documentElement.outerHTML.length);
    const toolbar = new Toolbar(sw);
    const tabId = await toolbar.tabIdOf(url);

    await expect
      .poll(async () => (await toolbar.badge(tabId)).title)
      .toBe('Framelens: article found: Shelling tests Karabakh truce hours after Moscow deal (0 findings)');
    // No findings are counted until analysis is wired in, and an empty badge shows no count.
    expect((await toolbar.badge(tabId)).text).toBe('');
    expect(await page.evaluate(() => performance.getEntriesByName('framelens:reported').length)).toBe(1);
    expect(await page.evaluate(() => document.documentElement.outerHTML.length)).toBe(before);
  });

  test('a page without an article is reported as such', async ({ page, pages, sw }) => {
    const url = pages.url('plain');
    await page.goto(url);
    const toolbar = new Toolbar(sw);
    const tabId = await toolbar.tabIdOf(url);
    await expect.poll(async () => (await toolbar.badge(tabId)).title).toBe('Framelens: no article on this page');
  });
});
