import path from 'node:path';
import { expect, test } from './fixtures';
import { HighlightedPage } from './pages/highlighted-page';
import { Toolbar } from './pages/toolbar';

declare const chrome: {
  storage: {
    local: { get(key: string | null): Promise<Record<string, unknown>> };
    session: { set(items: object): Promise<void> };
  };
};

test.describe('popup, side panel and settings with an analysed article', () => {
  test('the popup and side panel show the summary and the findings', async ({ context, page, pages, sw, extensionId }) => {
    await new HighlightedPage(page).open(pages.url('demo'));
    const tabId = await new Toolbar(sw).tabIdOf(pages.url('demo'));
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    await expect(popup.getByTestId('summary-text')).toContainText('contested terms were found');
    await expect(popup.getByTestId('chart-voice')).toContainText('Direct quotes');
    await expect(popup.getByTestId('top-findings')).toContainText('liberated');

    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);
    await expect(panel.getByTestId('summary')).toBeVisible();
    await expect(panel.getByTestId('group-term')).toContainText('liberated');
    await expect(panel.getByTestId('group-actor')).toContainText('OSCE Minsk Group');
    await expect(panel.getByTestId('group-place')).toContainText('Stepanakert');
  });

  test('clicking an occurrence in the side panel scrolls the page to it and focuses it', async ({ context, page, pages, sw, extensionId }) => {
    const article = await new HighlightedPage(page).open(pages.url('demo'));
    const tabId = await new Toolbar(sw).tabIdOf(pages.url('demo'));
    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);
    const minsk = panel.getByTestId('group-actor').getByTestId('entry-summary').filter({ hasText: 'OSCE Minsk Group' });
    await minsk.click();
    await panel.getByTestId('occurrence').filter({ hasText: 'OSCE Minsk Group' }).first().click();
    await expect.poll(() => article.focusedText()).toBe('OSCE Minsk Group');
    // The focused range is now inside the viewport.
    const inView = await page.evaluate(() => {
      const [range] = [...(CSS.highlights.get('framelens-focus') ?? [])];
      if (!(range instanceof Range)) return false;
      const r = range.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight && scrollY > 0;
    });
    expect(inView).toBe(true);
  });

  test('category toggles hide a category at once and persist per site across reloads', async ({ context, page, pages, sw, extensionId }) => {
    const article = await new HighlightedPage(page).open(pages.url('demo'));
    const tabId = await new Toolbar(sw).tabIdOf(pages.url('demo'));
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    await expect(popup.getByTestId('toggle-actor')).toBeChecked();
    const before = await page.evaluate(() => scrollY);
    await popup.getByTestId('toggle-actor').locator('xpath=..').click();
    await expect(popup.getByTestId('toggle-actor')).not.toBeChecked();
    await expect.poll(async () => (await article.paintedTexts()).actor).toBeUndefined();
    expect(await page.evaluate(() => scrollY)).toBe(before);

    await page.reload();
    await article.open(pages.url('demo'));
    expect((await article.paintedTexts()).actor).toBeUndefined();
    expect((await article.paintedTexts()).term?.length).toBeGreaterThan(0);
    await popup.reload();
    await expect(popup.getByTestId('toggle-actor')).not.toBeChecked();
    const stored = await sw.evaluate(() => chrome.storage.local.get('settings'));
    expect(stored.settings).toMatchObject({ siteCategories: { '127.0.0.1': ['actor'] } });
  });

  test('importing a broken pack lists its problems by path and changes nothing', async ({ context, sw, extensionId }) => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const before = await sw.evaluate(() => chrome.storage.local.get(null));
    // The list fills once the built-in packs file is read (utils/ext/builtin-packs-file.ts).
    await expect(options.getByTestId('pack-list').locator('li')).not.toHaveCount(0);
    const packsBefore = await options.getByTestId('pack-list').locator('li').count();
    await options.getByTestId('pack-file').setInputFiles(path.resolve(import.meta.dirname, 'data/broken-pack.json'));
    const problems = options.getByTestId('pack-problems');
    await expect(problems).toContainText('problem');
    await expect(problems).toContainText('→ at id');
    await expect(problems).toContainText('→ at entries[0]');
    expect(await sw.evaluate(() => chrome.storage.local.get(null))).toEqual(before);
    await expect(options.getByTestId('pack-list').locator('li')).toHaveCount(packsBefore);
  });
});

test.describe('Explain with Framelens', () => {
  test('a selection sent from the context menu is analysed in the side panel', async ({ context, sw, extensionId }) => {
    // What the context-menu handler stores (menus cannot be clicked from tests).
    await sw.evaluate(() =>
      chrome.storage.session.set({
        'explain-selection': { text: 'Azerbaijan said its forces liberated villages in occupied Karabakh. Armenia denied it, and the fighting in Nagorno-Karabakh went on near Stepanakert.', pageUrl: null, at: 1 },
      }),
    );
    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    const result = panel.getByTestId('check-text-result');
    await expect(result).toContainText('liberated');
    await expect(result).toContainText('occupied');
  });
});

test.describe('More in side panel', () => {
  test('the card’s button opens the side panel at that finding', async ({ context, page, pages, sw, extensionId }) => {
    const article = await new HighlightedPage(page).open(pages.url('demo'));
    const tabId = await new Toolbar(sw).tabIdOf(pages.url('demo'));
    await article.clickTerm('breakaway region');
    await article.clickInCard('card-more');
    // Headless Chromium has no side-panel UI; open the panel page as a tab, as the other tests do.
    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);
    const focused = panel.locator('[data-testid="occurrence"]:focus');
    await expect(focused).toContainText('breakaway region');
    await expect(panel.locator('details[open]').filter({ has: focused })).toHaveCount(1);
  });
});
