import { expect, test } from './fixtures';
import { PopupPage } from './pages/popup';
import { Toolbar } from './pages/toolbar';

/**
 * A desk glossary: no article (two short paragraphs, no article markup) but place names from the
 * Karabakh pack, so "Analyze anyway" has something to find. Our own text; served by route.
 */
const GLOSSARY = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Glossary – Caucasus desk</title></head>
<body><h1>Desk glossary</h1>
<p>Nagorno-Karabakh: Armenians call it Artsakh. Stepanakert is also written Khankendi.</p>
<p>Say the occupied territories only when quoting someone.</p></body></html>`;

test.describe('the popup', () => {
  test('shows the article found in the tab: title, outlet, date', async ({ context, page, pages, sw, extensionId }) => {
    await page.goto(pages.url('demo'));
    const tabId = await new Toolbar(sw).tabIdOf(pages.url('demo'));
    const popup = await new PopupPage(await context.newPage(), extensionId).open(tabId);

    await expect(popup.status).toHaveAttribute('data-status', 'article');
    await expect(popup.status).toContainText('Article found');
    await expect(popup.title).toHaveText('Shelling tests Karabakh truce hours after Moscow deal');
    await expect(popup.site).toHaveText('The Meridian Post');
    await expect(popup.count).toHaveText(/^\d+ highlights$/);
    await expect(popup.siteSwitch).toBeChecked();
  });

  test('switching Framelens off for the site persists and reaches the page', async ({ context, page, pages, sw, extensionId }) => {
    await page.goto(pages.url('demo'));
    const toolbar = new Toolbar(sw);
    const tabId = await toolbar.tabIdOf(pages.url('demo'));
    const popup = await new PopupPage(await context.newPage(), extensionId).open(tabId);
    await expect(popup.siteSwitch).toBeChecked();

    await popup.toggleSite();
    await expect(popup.siteSwitch).not.toBeChecked();
    await expect(popup.status).toHaveAttribute('data-status', 'off');
    await expect.poll(async () => (await toolbar.badge(tabId)).title).toBe('Framelens is off on this site');

    await popup.page.reload();
    await expect(popup.siteSwitch).not.toBeChecked();
    await page.reload();
    await expect(popup.status).toHaveAttribute('data-status', 'off');

    await popup.toggleSite();
    await expect(popup.siteSwitch).toBeChecked();
    await expect(popup.status).toHaveAttribute('data-status', 'article');
  });

  test('"Analyze anyway" on a page without an article says it was analysed on request', async ({ context, page, pages, sw, extensionId }) => {
    const url = `${pages.origin}/glossary/`;
    await context.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: GLOSSARY }));
    await page.goto(url);
    const tabId = await new Toolbar(sw).tabIdOf(url);
    const popup = await new PopupPage(await context.newPage(), extensionId).open(tabId);
    await expect(popup.status).toHaveAttribute('data-status', 'no-article');
    await expect(popup.status).toContainText('No article on this page');

    await popup.analyzeAnyway.click();
    await expect(popup.status).toHaveAttribute('data-status', 'requested');
    await expect(popup.status).toContainText('Analysed on request — not detected as an article');
    await expect(popup.status).not.toContainText('No article');
    await expect(popup.title).toHaveText('Glossary – Caucasus desk');
    await expect(popup.count).toHaveText(/^[1-9]\d* highlights?$/);
    await expect(popup.summary).toBeVisible();
    await expect(popup.analyzeAnyway).toHaveCount(0);

    // The side panel tells the same story for the same tab.
    const panel = await new PopupPage(await context.newPage(), extensionId).open(tabId, 'sidepanel');
    await expect(panel.status).toHaveAttribute('data-status', 'requested');
    await expect(panel.status).toContainText('Analysed on request — not detected as an article');
    await expect(panel.page.getByTestId('findings').getByText('Stepanakert').first()).toBeVisible();
  });
});
