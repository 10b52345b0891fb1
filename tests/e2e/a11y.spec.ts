import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { Toolbar } from './pages/toolbar';

const AXE = fs.readFileSync(path.resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's violations on `page` (WCAG 2.1 A/AA and best-practice rules), as "rule: target" lines.
 * axe is evaluated over the DevTools protocol: extension pages' CSP refuses `addScriptTag`'s inline script.
 */
async function violations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
  });
}

/** The page's background is dark, so the emulated scheme really reached its styles. */
async function looksDark(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const rgb = /\d+/g;
    const [r = 255, g = 255, b = 255] = (getComputedStyle(document.documentElement).backgroundColor.match(rgb) ?? []).map(Number);
    return (r + g + b) / 3 < 64;
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`accessibility (axe-core), ${colorScheme} colour scheme`, () => {
    /** Opens `url` in `page` with the colour scheme emulated (colour contrast is checked per scheme). */
    const open = async (page: Page, url: string): Promise<void> => {
      await page.emulateMedia({ colorScheme });
      await page.goto(url);
      expect(await looksDark(page), `${url} follows the ${colorScheme} scheme`).toBe(colorScheme === 'dark');
    };

    test('the popup and side panel on the demo article have no violations', async ({ context, page, pages, sw, extensionId }) => {
      await page.goto(pages.url('demo'));
      await page.waitForFunction(() => performance.getEntriesByName('framelens:painted').length > 0);
      const tabId = await new Toolbar(sw).tabIdOf(pages.url('demo'));
      for (const entry of ['popup', 'sidepanel']) {
        const view = await context.newPage();
        await open(view, `chrome-extension://${extensionId}/${entry}.html?tab=${tabId}`);
        await view.getByTestId('summary').waitFor();
        expect(await violations(view), entry).toEqual([]);
      }
    });

    test('the options page has no violations', async ({ page, extensionId }) => {
      await open(page, `chrome-extension://${extensionId}/options.html`);
      await page.getByTestId('pack-import').waitFor();
      expect(await violations(page)).toEqual([]);
    });

    test('the welcome page, with a real finding card, has no violations', async ({ page, extensionId }) => {
      await open(page, `chrome-extension://${extensionId}/welcome.html`);
      await page.getByTestId('finding-card').waitFor();
      expect(await violations(page)).toEqual([]);
    });
  });
}
