#!/usr/bin/env node
// Firefox smoke test: installs the built .output/firefox-mv3 into headless firefox-esr as a
// temporary add-on (what README's about:debugging → "Load Temporary Add-on" does), opens the
// fixture pages from a local server, and checks that the content script reported each page to
// the background: the content script leaves the `framelens:reported` performance mark only after
// the background accepted the report, with the background's reply as its detail.
// Firefox refuses to navigate automation to moz-extension:// pages, so the popup and side panel are
// loaded from inside the welcome tab (an extension page) and read over WebDriver BiDi; the sidebar
// and the context menu are driven from the browser chrome (bidi.mjs). docs/firefox.md has the list.
// Prints one line per check and `firefox smoke: N passed, N failed`; exits 1 on any failure.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { servePages } from '../../scripts/lib/serve-pages.mjs';
import { extensionDir } from '../../scripts/lib/output-dir.mjs';
import { chromeContext, evaluateIn, extensionTab, pollIn } from './bidi.mjs';

const EXTENSION_DIR = extensionDir('firefox-mv3');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const MARK_TIMEOUT_MS = 15_000;

const results = [];
async function check(name, run) {
  const started = Date.now();
  try {
    await run();
    results.push({ name, ok: true });
    console.log(`  ✓ ${name} (${Date.now() - started} ms)`);
  } catch (error) {
    results.push({ name, ok: false, error: String(error) });
    console.log(`  ✘ ${name}\n      ${String(error?.stack ?? error).split('\n').join('\n      ')}`);
  }
}

/** Waits for the content script's mark on `page` and returns its detail. */
async function reportedDetail(page) {
  await page.waitForFunction(() => performance.getEntriesByName('framelens:reported').length > 0, {
    timeout: MARK_TIMEOUT_MS,
    polling: 100,
  });
  return page.evaluate(() => JSON.parse(JSON.stringify(performance.getEntriesByName('framelens:reported')[0].detail)));
}

function assertEqual(actual, expected, what) {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

if (!fs.existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
  console.error('firefox smoke: no .output/firefox-mv3 (run `npm run build` first)');
  process.exit(1);
}
if (!fs.existsSync(FIREFOX)) {
  console.error(`firefox smoke: no Firefox at ${FIREFOX} (apt-get install firefox-esr, or set FIREFOX_PATH)`);
  process.exit(1);
}

const server = await servePages();
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'framelens-ff-'));
const browser = await puppeteer.launch({
  browser: 'firefox',
  executablePath: FIREFOX,
  headless: true,
  userDataDir: profile,
  // Lets BiDi evaluate in the browser chrome (Firefox's `moz:scope: 'chrome'`): the sidebar and menus.
  args: ['--remote-allow-system-access'],
  // The machine has no network; keep Firefox from trying.
  extraPrefsFirefox: { 'app.update.enabled': false, 'browser.shell.checkDefaultBrowser': false },
});
try {
  let addonId = null;
  await check('installs the firefox-mv3 build as a temporary add-on', async () => {
    addonId = await browser.installExtension(EXTENSION_DIR);
    assertEqual(addonId, 'framelens@framelens.invalid', 'add-on id');
  });
  if (addonId) {
    await check('the content script reports the demo article to the background', async () => {
      const page = await browser.newPage();
      const before = await page.goto(server.url('demo')).then(() => page.evaluate(() => document.body.innerHTML.length));
      const detail = await reportedDetail(page);
      assertEqual({ ...detail, findingCount: detail.findingCount > 10 }, { status: 'ready', detected: true, findingCount: true }, 'reported state');
      assertEqual(await page.evaluate(() => document.body.innerHTML.length), before, 'page body length');
      await page.close();
    });
    await check('highlights are painted with CSS custom highlights, the DOM untouched', async () => {
      const page = await browser.newPage();
      await page.goto(server.url('demo'));
      const served = await page.evaluate(() => document.documentElement.outerHTML);
      await page.waitForFunction(() => performance.getEntriesByName('framelens:painted').length > 0, { timeout: MARK_TIMEOUT_MS, polling: 100 });
      const painted = await page.evaluate(() => {
        const names = [];
        CSS.highlights.forEach((highlight, name) => names.push(`${name}:${highlight.size > 0}`));
        return { names: names.sort(), sheets: document.adoptedStyleSheets.length };
      });
      assertEqual(painted.names.filter((n) => n.endsWith(':true')).length >= 3, true, `painted highlights (${painted.names.join(', ')})`);
      assertEqual(painted.sheets, 1, 'adopted stylesheets');
      assertEqual(await page.evaluate(() => document.documentElement.outerHTML), served, 'page markup');
      await page.close();
    });
    await check('a page without an article is reported as no article', async () => {
      const page = await browser.newPage();
      await page.goto(server.url('plain'));
      assertEqual(await reportedDetail(page), { status: 'ready', detected: false, findingCount: 0 }, 'reported state');
      await page.close();
    });
    // Single-page sites swap the story and pushState(): both stages follow the address through the
    // Navigation API (utils/page/address-changes.ts), which Firefox has had since 147.
    const demoHtml = fs.readFileSync(new URL('../fixtures/pages/demo/source.html', import.meta.url), 'utf8');
    const swapTo = (page, html, address) =>
      page.evaluate((markup, to) => {
        document.documentElement.innerHTML = new DOMParser().parseFromString(markup, 'text/html').documentElement.innerHTML;
        history.pushState({}, '', to);
      }, html, address);
    const paints = (page) => page.evaluate(() => performance.getEntriesByName('framelens:painted').length);
    await check('single-page navigation: a page without an article that pushState()s to a story gets it painted (first stage)', async () => {
      const page = await browser.newPage();
      await page.goto(server.url('plain'));
      assertEqual((await reportedDetail(page)).detected, false, 'first report');
      await swapTo(page, demoHtml, '/plain-to-story/');
      await page.waitForFunction(() => performance.getEntriesByName('framelens:painted').length > 0, { timeout: MARK_TIMEOUT_MS, polling: 100 });
      await page.close();
    });
    await check('single-page navigation: a painted story replaced at a new address is analysed again (page app)', async () => {
      const page = await browser.newPage();
      await page.goto(server.url('demo'));
      await page.waitForFunction(() => performance.getEntriesByName('framelens:painted').length === 1, { timeout: MARK_TIMEOUT_MS, polling: 100 });
      await swapTo(page, demoHtml.split('Moscow deal').join('Moscow talks'), '/demo-second-story/');
      await page.waitForFunction(() => performance.getEntriesByName('framelens:painted').length === 2, { timeout: MARK_TIMEOUT_MS, polling: 100 });
      assertEqual(await paints(page), 2, 'paints');
      await page.close();
    });
    await checkExtensionUi().catch((error) => {
      results.push({ name: 'extension UI in Firefox', ok: false, error: String(error) });
      console.log(`  ✘ extension UI in Firefox could not be set up\n      ${String(error)}`);
    });
  }
} finally {
  await browser.close();
  await server.close();
  fs.rmSync(profile, { recursive: true, force: true });
}

/** The sidebar, the popup and side panel pages, and the context menu, in Firefox. */
async function checkExtensionUi() {
  const url = server.url('demo');
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('framelens:painted').length > 0, { timeout: MARK_TIMEOUT_MS, polling: 100 });
  const chrome = await chromeContext(browser);
  const inChrome = (expression) => evaluateIn(browser, chrome, expression);

  await check('the sidebar (sidebar_action) is listed and opens sidepanel.html', async () => {
    const id = await inChrome(`[...SidebarController.sidebars.keys()].find((k) => k.startsWith('framelens_')) ?? ''`);
    assertEqual(id, 'framelens_framelens_invalid-sidebar-action', 'sidebar id');
    await inChrome(`SidebarController.show(${JSON.stringify(id)}).then(() => 'shown')`);
    const shown = await pollIn(
      browser,
      chrome,
      `JSON.stringify({ open: SidebarController.isOpen, title: SidebarController.title, page: document.getElementById('sidebar').contentDocument.getElementById('webext-panels-browser')?.currentURI?.spec.replace(/^moz-extension:\\/\\/[^/]+/, '') ?? null })`,
      (v) => v.page === '/sidepanel.html',
    );
    assertEqual(shown, { open: true, title: 'Framelens side panel', page: '/sidepanel.html' }, 'sidebar');
    await inChrome(`SidebarController.hide(); 'hidden'`);
  });

  const ext = await extensionTab(browser);
  const tabId = JSON.parse(await evaluateIn(browser, ext, `browser.tabs.query({}).then((tabs) => JSON.stringify(tabs.find((t) => t.url === ${JSON.stringify(url)})?.id ?? null))`));
  const show = async (entry, read, done) => {
    await evaluateIn(browser, ext, `location.href = '${entry}.html?tab=${tabId}'; 'navigating'`);
    return pollIn(browser, ext, read, (v) => v.page === `/${entry}.html` && done(v));
  };
  const $ = (testId) => `document.querySelector('[data-testid="${testId}"]')`;

  await check('the popup shows the demo article, its summary and top findings', async () => {
    const popup = await show(
      'popup',
      `JSON.stringify({ page: location.pathname, status: ${$('article-status')}?.dataset.status, title: ${$('article-title')}?.textContent, summary: ${$('summary')} !== null, top: ${$('top-findings')}?.children.length ?? 0 })`,
      (v) => v.summary,
    );
    assertEqual({ ...popup, top: popup.top > 0 }, { page: '/popup.html', status: 'article', title: 'Shelling tests Karabakh truce hours after Moscow deal', summary: true, top: true }, 'popup');
  });

  await check('the side panel page lists the findings with their occurrences', async () => {
    const panel = await show(
      'sidepanel',
      `JSON.stringify({ page: location.pathname, status: ${$('article-status')}?.dataset.status, occurrences: document.querySelectorAll('[data-testid="occurrence"]').length })`,
      (v) => v.occurrences > 0,
    );
    assertEqual({ ...panel, occurrences: panel.occurrences > 10 }, { page: '/sidepanel.html', status: 'article', occurrences: true }, 'side panel');
  });

  await check('"Explain with Framelens" is on a selection\'s context menu and opens the sidebar with the selection', async () => {
    const point = await page.evaluate(() => {
      const paragraph = document.querySelector('article p');
      getSelection().selectAllChildren(paragraph);
      const box = paragraph.getBoundingClientRect();
      return { x: box.x + 20, y: box.y + 5, text: getSelection().toString() };
    });
    await page.bringToFront();
    await page.mouse.click(point.x, point.y, { button: 'right' });
    const menu = `document.getElementById('contentAreaContextMenu')`;
    const item = `[...${menu}.querySelectorAll('menuitem')].find((i) => !i.hidden && i.label === 'Explain with Framelens')`;
    await pollIn(browser, chrome, `JSON.stringify(${menu}.state === 'open' && ${item} !== undefined)`, (v) => v === true);
    // activateItem runs the item as a reader's click would: a user action, so the sidebar may open.
    await inChrome(`${menu}.activateItem(${item}); 'chosen'`);
    await pollIn(browser, chrome, `JSON.stringify(SidebarController.isOpen)`, (v) => v === true);
    const stored = await pollIn(
      browser,
      ext,
      `browser.storage.session.get('explain-selection').then((r) => JSON.stringify(r['explain-selection'] ?? null))`,
      (v) => v !== null,
    );
    assertEqual({ text: stored.text, pageUrl: stored.pageUrl }, { text: point.text, pageUrl: url }, 'explain request');
  });
  await page.close();
}

const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
console.log(`firefox smoke: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
