import { expect, test } from './fixtures';
import { Toolbar } from './pages/toolbar';

test.describe('reading the demo article', () => {
  test('the toolbar button says an article was found, and the page is left untouched', async ({ page, pages, sw }) => {
    const url = pages.url('demo');
    await page.goto(url);
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    const toolbar = new Toolbar(sw);
    const tabId = await toolbar.tabIdOf(url);

    await expect
      .poll(async () => (await toolbar.badge(tabId)).title)
      .toMatch(/^Framelens: article found: Shelling tests Karabakh truce hours after Moscow deal \(\d+ findings\)$/);
    const count = Number(/\((\d+) findings\)/.exec((await toolbar.badge(tabId)).title)?.[1]);
    expect(count).toBeGreaterThan(10);
    expect((await toolbar.badge(tabId)).text).toBe(String(count));
    // The mark is left when the background's reply reaches the page, which can be just after the badge is set.
    await expect.poll(() => page.evaluate(() => performance.getEntriesByName('framelens:reported').length)).toBe(1);
    // Highlights are painted with CSS custom highlights: the page's markup is untouched.
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
  });

  test('a page without an article is reported as such', async ({ page, pages, sw }) => {
    const url = pages.url('plain');
    await page.goto(url);
    const toolbar = new Toolbar(sw);
    const tabId = await toolbar.tabIdOf(url);
    await expect.poll(async () => (await toolbar.badge(tabId)).title).toBe('Framelens: no article on this page');
  });
});
