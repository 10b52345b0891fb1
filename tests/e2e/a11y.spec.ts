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

test.describe('accessibility (axe-core)', () => {
  test('the popup and side panel on the demo article have no violations', async ({ context, page, pages, sw, extensionId }) => {
    await page.goto(pages.url('demo'));
    await page.waitForFunction(() => performance.getEntriesByName('framelens:painted').length > 0);
    const tabId = await new Toolbar(sw).tabIdOf(pages.url('demo'));
    for (const entry of ['popup', 'sidepanel']) {
      const view = await context.newPage();
      await view.goto(`chrome-extension://${extensionId}/${entry}.html?tab=${tabId}`);
      await view.getByTestId('summary').waitFor();
      expect(await violations(view), entry).toEqual([]);
    }
  });

  test('the options page has no violations', async ({ page, extensionId }) => {
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await page.getByTestId('pack-import').waitFor();
    expect(await violations(page)).toEqual([]);
  });

  test('the welcome page, with a real finding card, has no violations', async ({ page, extensionId }) => {
    await page.goto(`chrome-extension://${extensionId}/welcome.html`);
    await page.getByTestId('finding-card').waitFor();
    expect(await violations(page)).toEqual([]);
  });
});
