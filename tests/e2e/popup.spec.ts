import { expect, test } from './fixtures';
import { PopupPage } from './pages/popup';
import { Toolbar } from './pages/toolbar';

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
});
