#!/usr/bin/env node
// Writes the README/docs screenshots: docs/images/{page-highlights,card,popup,sidepanel}.png.
// Uses the built .output/chrome-mv3 (run `npm run build:chrome` first, or pass --build), the demo
// article served on 127.0.0.1, and a headless Chromium (CHROMIUM_PATH or the usual paths).
/* global chrome */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { findChromium, INSTALL_HINT } from './lib/find-chromium.mjs';
import { servePages } from './lib/serve-pages.mjs';
import { extensionDir } from './lib/output-dir.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const EXTENSION_DIR = process.env.FRAMELENS_EXTENSION_DIR ?? extensionDir('chrome-mv3');
const OUTPUT_DIR = path.join(ROOT, 'docs', 'images');
const ARTICLE_VIEWPORT = { width: 1200, height: 820 };
const POPUP_VIEWPORT = { width: 360, height: 640 };
const PANEL_VIEWPORT = { width: 420, height: 1500 };
const PAINT_TIMEOUT_MS = 15_000;
/** The highlight the card screenshot opens: a contested term quoted from a ministry. */
const CARD_TERM = 'liberated';

const executablePath = findChromium();
if (!executablePath) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
if (process.argv.includes('--build')) {
  const build = spawnSync('npm', ['run', 'build:chrome', '--silent'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) process.exit(1);
}
if (!fs.existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
  console.error(`screenshots: no build in ${EXTENSION_DIR}; run \`npm run build:chrome\` or pass --build`);
  process.exit(1);
}
fs.mkdirSync(OUTPUT_DIR, { recursive: true });

const server = await servePages();
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'framelens-shots-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless: true,
  viewport: ARTICLE_VIEWPORT,
  args: [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`, '--no-sandbox', '--no-first-run'],
});
const written = [];
const shot = async (page, name, options = {}) => {
  const file = path.join(OUTPUT_DIR, `${name}.png`);
  await page.screenshot({ path: file, ...options });
  written.push(path.relative(ROOT, file));
};

try {
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(sw.url()).host;
  // The welcome page opens on install; close it so it does not steal the screenshots.
  await new Promise((resolve) => setTimeout(resolve, 300));
  for (const p of context.pages()) if (p.url().includes('welcome.html')) await p.close();

  const articleUrl = server.url('demo');
  const page = await context.newPage();
  await page.goto(articleUrl);
  await page.waitForFunction(() => performance.getEntriesByName('framelens:painted').length > 0, null, { timeout: PAINT_TIMEOUT_MS });
  // Scroll to the paragraph quoting both ministries: terms, actors and places side by side.
  await page.evaluate((term) => {
    const p = [...document.querySelectorAll('p')].find((el) => el.textContent.includes(term));
    p?.scrollIntoView({ block: 'center' });
  }, CARD_TERM);
  await shot(page, 'page-highlights');

  // Click the middle of the first occurrence of CARD_TERM in the article.
  const point = await page.evaluate((term) => {
    const walker = document.createTreeWalker(document.querySelector('article') ?? document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.data.indexOf(term);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + term.length);
      // Near the top, so the card has room to open below the word.
      node.parentElement.scrollIntoView({ block: 'start' });
      window.scrollBy(0, -100);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
    return null;
  }, CARD_TERM);
  if (point === null) throw new Error(`"${CARD_TERM}" is not in the demo article`);
  await page.mouse.click(point.x, point.y);
  await page.waitForSelector('framelens-ui', { state: 'attached' });
  await page.waitForTimeout(150);
  await shot(page, 'card');

  const tabId = await sw.evaluate(async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id, articleUrl);
  const popup = await context.newPage();
  await popup.setViewportSize(POPUP_VIEWPORT);
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await popup.getByTestId('summary').waitFor();
  await shot(popup, 'popup', { fullPage: true });

  const panel = await context.newPage();
  await panel.setViewportSize(PANEL_VIEWPORT);
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);
  await panel.getByTestId('finding-list').waitFor();
  await panel.getByTestId('entry-summary').first().click();
  await panel.evaluate(() => window.scrollTo(0, 0));
  await shot(panel, 'sidepanel');
  console.log(`screenshots: wrote\n  ${written.join('\n  ')}`);
} finally {
  await context.close().catch(() => undefined);
  await server.close();
  fs.rmSync(profile, { recursive: true, force: true });
}
