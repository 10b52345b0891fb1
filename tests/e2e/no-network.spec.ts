/**
 * No network (issue 8): across a session of use, Framelens makes no request to anything but its
 * own packaged files. Every request of the context is logged (support/request-log.ts): the
 * service worker's (Playwright follows its network over CDP), the extension pages' (popup, side
 * panel, options, welcome) and the article tab's, where the content script's requests show up as
 * the tab's own. Allowed: `chrome-extension://<our id>/…` (the extension's files, e.g. the
 * lexicon the background reads) and the article tab's load of its own document from the local
 * page server (the page's request, not ours; the fixture loads nothing else). Anything else,
 * including any other request to the local server, is a violation.
 *
 * Checked to fail: a `fetch('http://example.invalid/')` made, one at a time, from the content
 * script's isolated world (CDP Runtime.evaluate in its context), from the options page and from
 * the service worker, each showed up in the log and failed this test with that URL listed.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { HighlightedPage } from './pages/highlighted-page';
import { OptionsPage } from './pages/options';
import { PopupPage } from './pages/popup';
import { Toolbar } from './pages/toolbar';
import { logRequests, type LoggedRequest } from './support/request-log';

/** A reader pack made from a built-in one (a different id, a few entries), to import. */
function readerPack(file: string): string {
  const pack = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../packs/cyprus.json'), 'utf8')) as { id: string; title: string; entries: unknown[] };
  fs.writeFileSync(file, JSON.stringify({ ...pack, id: 'no-network-check', title: 'No-network check pack', entries: pack.entries.slice(0, 3) }));
  return file;
}

/** Restarts the extension's service worker, so what it fetches when it starts is logged too. */
async function restartServiceWorker(extensionPage: Page, sw: Worker): Promise<void> {
  // Stopping a worker that is still installing (the extension was loaded a moment ago) fails its
  // registration for good: no worker at all afterwards, every message "Receiving end does not
  // exist" (CDP ServiceWorker.workerErrorReported: "ServiceWorker failed to install"). So wait until
  // it is active; a reader's browser never stops a worker mid-install.
  await expect
    .poll(() => sw.evaluate(() => (self as unknown as { registration: { active: { state: string } | null } }).registration.active?.state ?? 'none'), { timeout: 10_000 })
    .toBe('activated');
  const cdp = await extensionPage.context().newCDPSession(extensionPage);
  try {
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
  } finally {
    await cdp.detach();
  }
}

test('a session of use makes no request beyond the extension’s own files', async ({ context, sw, extensionId, pages }, testInfo) => {
  const log = logRequests(context);
  const ours = `chrome-extension://${extensionId}/`;
  const articleUrl = pages.url('demo');

  // Options first: its page is the handle to restart the worker; the restart brings the
  // worker's start-up reads (the lexicon) into the log.
  const options = await new OptionsPage(await context.newPage(), extensionId).open();
  await restartServiceWorker(options.page, sw);

  // The article: highlights, a hover card, a clicked card.
  const article = await new HighlightedPage(await context.newPage()).open(articleUrl);
  const point = await article.pointOf('breakaway region');
  await article.page.mouse.move(point.x, point.y);
  await expect(article.page.locator('framelens-ui')).toHaveCount(1);
  expect(await article.cardText()).toContain('breakaway region');
  await article.page.mouse.move(5, 5);
  await expect(article.page.locator('framelens-ui')).toHaveCount(0);
  await article.clickTerm('liberated');
  expect(await article.cardText()).toContain('liberated');
  await article.page.keyboard.press('Escape');
  const tabId = await new Toolbar(sw).tabIdOf(articleUrl);

  // The popup: toggle a category off and on again.
  const popup = await new PopupPage(await context.newPage(), extensionId).open(tabId);
  await expect(popup.page.getByTestId('toggle-actor')).toBeChecked();
  await popup.page.getByTestId('toggle-actor').locator('xpath=..').click();
  await expect.poll(async () => (await article.paintedTexts()).actor).toBeUndefined();
  await popup.page.getByTestId('toggle-actor').locator('xpath=..').click();
  await expect.poll(async () => (await article.paintedTexts()).actor?.length ?? 0).toBeGreaterThan(0);

  // The side panel: export the analysis in every format.
  const panel = await new PopupPage(await context.newPage(), extensionId).open(tabId, 'sidepanel');
  for (const format of ['markdown', 'json', 'w3c']) {
    const download = panel.page.waitForEvent('download');
    await panel.page.getByTestId(`export-${format}`).click();
    expect((await download).suggestedFilename()).toMatch(/^framelens-/);
  }

  // Options: import a reader pack; the article is analysed again with it.
  await options.page.reload();
  await options.page.getByTestId('pack-file').setInputFiles(readerPack(testInfo.outputPath('reader-pack.json')));
  await expect(options.page.getByTestId('pack-imported')).toBeVisible();
  await expect.poll(() => article.page.evaluate(() => performance.getEntriesByName('framelens:painted').length)).toBeGreaterThan(1);

  // The welcome page.
  const welcome = await context.newPage();
  await welcome.goto(`${ours}welcome.html`);
  await expect(welcome.getByTestId('welcome-voices')).toBeVisible();
  await welcome.waitForTimeout(500); // anything sent when idle

  const isPagesOwnLoad = (r: LoggedRequest): boolean => r.url === articleUrl && r.type === 'document' && r.method === 'GET';
  const ownFiles = log.filter((r) => r.url.startsWith(ours));
  const violations = log.filter((r) => !r.url.startsWith(ours) && !isPagesOwnLoad(r));
  const lines = (list: readonly LoggedRequest[]): string[] => [...new Set(list.map((r) => `${r.method} ${r.url} (${r.type}, from ${r.from})`))];
  await testInfo.attach('requests.txt', { body: lines(log).join('\n'), contentType: 'text/plain' });
  console.log(`no-network: ${log.length} requests, ${ownFiles.length} to the extension's own files, ${log.filter(isPagesOwnLoad).length} the page's own load, ${violations.length} violations`);
  // The session did reach the places where a request could happen.
  expect(log.filter((r) => r.from === 'service worker' && r.url.startsWith(`${ours}lexicon/`)).length, 'the restarted worker read its lexicon').toBeGreaterThan(0);
  expect(log.filter(isPagesOwnLoad).length).toBeGreaterThan(0);
  expect(lines(violations)).toEqual([]);
});
