/**
 * The page app (entrypoints/page-app.content.ts) follows single-page navigation once it has
 * taken over from the first stage: a site that swaps its story and `pushState`s to the new
 * address gets the new story analysed, painted and shown in the popup. The address must be read
 * after it changed (WXT 0.20.27's 'wxt:locationchange' fires on the Navigation API's `navigate`
 * event, before it does), so the app listens as the first stage does (utils/page/address-changes.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { PopupPage } from './pages/popup';
import { Toolbar } from './pages/toolbar';

const DEMO_HTML = fs.readFileSync(path.resolve(import.meta.dirname, '../fixtures/pages/demo/source.html'), 'utf8');
const DEMO_HEADLINE = 'Shelling tests Karabakh truce hours after Moscow deal';
const SECOND_HEADLINE = 'Ceasefire monitors arrive in Karabakh a day after the shelling';
/** The same story under another headline (title, og:title, JSON-LD and the page's <h1>). */
const SECOND_HTML = DEMO_HTML.split(DEMO_HEADLINE).join(SECOND_HEADLINE);

/** How many times Framelens painted this document (one `framelens:painted` mark per analysis painted). */
const paints = (page: Page): Promise<number> => page.evaluate(() => performance.getEntriesByName('framelens:painted').length);

test.describe('the page app and single-page navigation', () => {
  test('a painted article replaced by another at a new address (pushState) is analysed and shown anew', async ({ page, pages, context, sw, extensionId }) => {
    expect(SECOND_HTML).not.toBe(DEMO_HTML);
    await page.goto(pages.url('demo'));
    await expect.poll(() => paints(page), { timeout: 15_000 }).toBe(1);
    const tabId = await new Toolbar(sw).tabIdOf(pages.url('demo'));
    // The page's own script swaps the story and the address, as a single-page news site does.
    await page.evaluate((html) => {
      document.documentElement.innerHTML = new DOMParser().parseFromString(html, 'text/html').documentElement.innerHTML;
      history.pushState({}, '', '/demo-second-story/');
    }, SECOND_HTML);
    await expect.poll(() => paints(page), { timeout: 15_000 }).toBe(2);
    const highlighted = await page.evaluate(() => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0));
    expect(highlighted).toBeGreaterThan(0);
    const popup = await new PopupPage(await context.newPage(), extensionId).open(tabId);
    await expect(popup.title).toHaveText(SECOND_HEADLINE);
    await expect(popup.status).toHaveAttribute('data-status', 'article');
  });

  test('an address event the page only pretends does not make the page app look again', async ({ page, pages }) => {
    await page.goto(pages.url('demo'));
    await expect.poll(() => paints(page), { timeout: 15_000 }).toBe(1);
    await page.evaluate(() => {
      (window as { navigation?: EventTarget }).navigation?.dispatchEvent(new Event('currententrychange'));
      (window as { navigation?: EventTarget }).navigation?.dispatchEvent(new Event('navigate'));
      window.dispatchEvent(new PopStateEvent('popstate'));
      window.dispatchEvent(new CustomEvent('wxt:locationchange', { detail: { newUrl: new URL('/elsewhere/', location.href), oldUrl: new URL(location.href) } }));
    });
    await page.waitForTimeout(1500);
    expect(await paints(page)).toBe(1);
  });
});
