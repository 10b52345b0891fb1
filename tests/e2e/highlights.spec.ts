import { expect, test } from './fixtures';
import { HighlightedPage } from './pages/highlighted-page';

test.describe('highlights on the demo article', () => {
  test('paints the expected findings inside the article and nothing in the "Most read" sidebar', async ({ page, pages }) => {
    const article = await new HighlightedPage(page).open(pages.url('demo'));
    const painted = await article.paintedTexts();
    for (const [category, text] of [
      ['term', 'liberated'],
      ['term', 'occupation'],
      ['term', 'breakaway region'],
      ['place', 'Stepanakert'],
      ['place', 'Khankendi'],
      ['actor', 'Azerbaijan’s Defence Ministry'],
      ['actor', 'OSCE Minsk Group'],
    ] as const) {
      expect(painted[category], `${category} "${text}"`).toContain(text);
    }
    // Every highlighted range lies inside the article, never in the sidebar, nav or footer.
    expect(await article.rangesOutside('aside, nav, footer, .most-read')).toEqual([]);
    expect(Object.values(painted).flat()).not.toContain('fully occupied');
    const mark = await article.paintedMark();
    expect(mark.findings).toBeGreaterThan(10);
    expect(mark.ms).toBeGreaterThan(0);
  });

  test('leaves the page DOM byte-identical before, during and after highlighting', async ({ page, pages }) => {
    // The page as served, parsed by the browser with the extension off (a fresh profile-less read).
    const article = new HighlightedPage(page);
    await article.open(pages.url('demo'));
    const during = await article.html();
    await article.pressToggle();
    expect(await article.highlightCount()).toBe(0);
    const after = await article.html();
    expect(after).toBe(during);
    await article.pressToggle();
    expect(await article.highlightCount()).toBeGreaterThan(0);
    // A card adds its host only while open.
    await article.clickTerm('liberated');
    await expect(page.locator('framelens-ui')).toHaveCount(1);
    expect(await article.html({ withoutCard: true })).toBe(during);
    await page.keyboard.press('Escape');
    await expect(page.locator('framelens-ui')).toHaveCount(0);
    expect(await article.html()).toBe(during);
    // And the DOM as served: same markup the server sent, re-serialised by the same browser.
    expect(during).toBe(await article.servedHtml(pages.url('demo')));
  });

  test('a click on a highlight opens the card for that finding', async ({ page, pages }) => {
    const article = await new HighlightedPage(page).open(pages.url('demo'));
    await article.clickTerm('liberated');
    const card = await article.cardText();
    expect(card).toContain('“liberated”');
    expect(card).toMatch(/quoting .*Defen[cs]e/);
    expect(card).toMatch(/why highlighted/i); // the AX tree reports CSS text-transform
    expect(card).toMatch(/neutral alternatives/i);
  });

  test('resting the pointer on a highlight opens its card without taking focus; moving away closes it', async ({ page, pages }) => {
    const article = await new HighlightedPage(page).open(pages.url('demo'));
    const point = await article.pointOf('breakaway region');
    await page.mouse.move(point.x, point.y);
    await expect(page.locator('framelens-ui')).toHaveCount(1);
    expect(await article.cardText()).toMatch(/in the outlet's own words/);
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    await page.mouse.move(5, 5);
    await expect(page.locator('framelens-ui')).toHaveCount(0);
  });

  test('Alt+Shift+N and Alt+Shift+P move a focus ring between findings and open their card', async ({ page, pages }) => {
    const article = await new HighlightedPage(page).open(pages.url('demo'));
    const scrollBefore = await page.evaluate(() => scrollY);
    await article.pressToggle();
    await article.pressToggle();
    expect(await page.evaluate(() => scrollY)).toBe(scrollBefore); // toggling never scrolls
    await page.keyboard.press('Alt+Shift+N');
    const first = await article.focusedText();
    await page.keyboard.press('Alt+Shift+N');
    const second = await article.focusedText();
    expect(second).not.toBe(first);
    await page.keyboard.press('Alt+Shift+P');
    expect(await article.focusedText()).toBe(first);
    await expect(page.locator('framelens-ui')).toHaveCount(1);
  });
});

test.describe('dismissing a highlight', () => {
  test('"Not contested here" mutes the term on this site, across reloads', async ({ page, pages }) => {
    const article = await new HighlightedPage(page).open(pages.url('demo'));
    expect((await article.paintedTexts()).term).toContain('liberated');
    await article.clickTerm('liberated');
    await article.clickInCard('card-mute');
    await article.clickInCard('card-mute-site');
    await expect(page.locator('framelens-ui')).toHaveCount(0);
    await expect.poll(async () => (await article.paintedTexts()).term ?? []).not.toContain('liberated');
    await page.reload();
    await article.open(pages.url('demo'));
    expect((await article.paintedTexts()).term ?? []).not.toContain('liberated');
    expect((await article.paintedTexts()).term?.length).toBeGreaterThan(0);
  });
});
