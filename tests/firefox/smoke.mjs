#!/usr/bin/env node
// Firefox smoke test: installs the built .output/firefox-mv3 into headless firefox-esr as a
// temporary add-on (what README's about:debugging → "Load Temporary Add-on" does), opens the
// fixture pages from a local server, and checks that the content script reported each page to
// the background: the content script leaves the `framelens:reported` performance mark only after
// the background accepted the report, with the background's reply as its detail.
// Firefox refuses to open moz-extension:// pages here, so extension pages are tested in Chromium.
// Prints one line per check and `firefox smoke: N passed, N failed`; exits 1 on any failure.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { servePages } from '../../scripts/lib/serve-pages.mjs';

const EXTENSION_DIR = path.resolve(import.meta.dirname, '../../.output/firefox-mv3');
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
  }
} finally {
  await browser.close();
  await server.close();
  fs.rmSync(profile, { recursive: true, force: true });
}

const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
console.log(`firefox smoke: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
