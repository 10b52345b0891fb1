import fs from 'node:fs';
import { SEED_PAGE } from '../../scripts/lib/serve-pages.mjs';
import { expect, test } from './fixtures';
import { HighlightedPage } from './pages/highlighted-page';

// The seed article lives outside the project (../shared/seed/) and is used only where present.
test.describe('the seed article page', () => {
  test.skip(!fs.existsSync(SEED_PAGE), 'no ../shared/seed/karabakh-2020-article.html here');

  test('highlights the contested terms and actors, none outside the article, and leaves the DOM untouched', async ({ page, pages }) => {
    await page.goto(pages.url('seed'));
    const served = await page.evaluate(() => document.documentElement.outerHTML);
    const article = await new HighlightedPage(page).open(pages.url('seed'));
    const painted = await article.paintedTexts();
    const terms = (painted.term ?? []).map((t) => t.toLowerCase());
    expect(terms.some((t) => t.startsWith('occup'))).toBe(true);
    expect(terms.some((t) => t.startsWith('liberat'))).toBe(true);
    const actors = (painted.actor ?? []).join(' | ');
    for (const name of ['Aliyev', 'Macron', 'OSCE Minsk Group']) expect(actors).toContain(name);
    expect(await article.rangesOutside('aside, nav, footer, header')).toEqual([]);
    expect(await article.html()).toBe(served);
  });
});
