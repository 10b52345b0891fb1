import { expect, test } from './fixtures';
import { OptionsPage } from './pages/options';
import { PopupPage } from './pages/popup';
import { Toolbar } from './pages/toolbar';

test.describe('the side panel and settings', () => {
  test('the side panel shows the article and its highlights section', async ({ context, page, pages, sw, extensionId }) => {
    await page.goto(pages.url('demo'));
    const tabId = await new Toolbar(sw).tabIdOf(pages.url('demo'));
    const panel = await new PopupPage(await context.newPage(), extensionId).open(tabId, 'sidepanel');
    await expect(panel.title).toHaveText('Shelling tests Karabakh truce hours after Moscow deal');
    await expect(panel.page.getByTestId('findings')).toContainText('Findings');
  });

  test('the master switch in settings turns Framelens off everywhere', async ({ context, page, pages, sw, extensionId }) => {
    const options = await new OptionsPage(await context.newPage(), extensionId).open();
    await expect(options.masterSwitch).toBeChecked();
    await options.toggleMaster();
    await expect(options.masterSwitch).not.toBeChecked();

    await page.goto(pages.url('demo'));
    const toolbar = new Toolbar(sw);
    const tabId = await toolbar.tabIdOf(pages.url('demo'));
    await expect.poll(async () => (await toolbar.badge(tabId)).title).toBe('Framelens is switched off');
    const popup = await new PopupPage(await context.newPage(), extensionId).open(tabId);
    await expect(popup.page.getByTestId('master-off')).toBeVisible();
  });
});
