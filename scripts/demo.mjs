#!/usr/bin/env node
// `npm run demo`: builds the extension, serves the demo article on 127.0.0.1 and opens it in
// Chromium with the built chrome-mv3 extension loaded.
// - With a display: a visible window; click the Framelens toolbar button (pin it from the puzzle menu).
// - Without one (CI, servers) or with --headless: screenshots of the article, the popup and the
//   side panel go to demo-output/ and their paths are printed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { extensionArgs, findChromium, INSTALL_HINT } from './lib/find-chromium.mjs';
import { servePages } from './lib/serve-pages.mjs';
import { extensionDir } from './lib/output-dir.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const EXTENSION_DIR = extensionDir('chrome-mv3');
const OUTPUT_DIR = path.join(ROOT, 'demo-output');
const REPORT_TIMEOUT_MS = 15_000;
const POPUP_VIEWPORT = { width: 348, height: 420 };
const PANEL_VIEWPORT = { width: 420, height: 720 };
const ARTICLE_VIEWPORT = { width: 1280, height: 900 };

const hasDisplay =
  process.platform !== 'linux' || Boolean(process.env.DISPLAY) || Boolean(process.env.WAYLAND_DISPLAY);
const headless = process.argv.includes('--headless') || !hasDisplay;

const executablePath = findChromium();
if (!executablePath) {
  if (process.env.CHROMIUM_PATH) console.error(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist.`);
  console.error(INSTALL_HINT);
  process.exit(1);
}

console.log('demo: building the extension (npm run build:chrome)…');
const build = spawnSync('npm', ['run', 'build:chrome', '--silent'], { cwd: ROOT, encoding: 'utf8' });
if (build.status !== 0) {
  console.error(`${build.stdout}${build.stderr}\ndemo: the build failed (output above)`);
  process.exit(1);
}

const server = await servePages();
const articleUrl = server.url('demo');
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'framelens-demo-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless,
  viewport: headless ? ARTICLE_VIEWPORT : null,
  args: extensionArgs(EXTENSION_DIR),
});
const cleanUp = async () => {
  await context.close().catch(() => undefined);
  await server.close();
  fs.rmSync(profile, { recursive: true, force: true });
};

try {
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(sw.url()).host;
  const article = context.pages()[0] ?? (await context.newPage());
  await article.goto(articleUrl);
  const tabId = await waitForReport(sw, articleUrl);

  if (!headless) {
    console.log(`demo: Chromium is open on ${articleUrl}`);
    console.log('demo: click the Framelens button in the toolbar (pin it from the puzzle-piece menu);');
    console.log(`      the popup as a tab: chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    console.log('demo: close the window to stop.');
    await new Promise((resolve) => context.on('close', resolve));
  } else {
    fs.mkdirSync(OUTPUT_DIR, { recursive: true });
    const shots = {
      article: path.join(OUTPUT_DIR, 'article.png'),
      popup: path.join(OUTPUT_DIR, 'popup.png'),
      sidepanel: path.join(OUTPUT_DIR, 'sidepanel.png'),
      overview: path.join(OUTPUT_DIR, 'overview.png'),
    };
    await article.screenshot({ path: shots.article });
    await shoot(context, `chrome-extension://${extensionId}/popup.html?tab=${tabId}`, POPUP_VIEWPORT, shots.popup, true);
    await shoot(context, `chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`, PANEL_VIEWPORT, shots.sidepanel);
    await composeOverview(context, shots);
    console.log(`demo: no display, ran headless. Screenshots:`);
    for (const file of Object.values(shots)) console.log(`  ${path.relative(process.cwd(), file)}`);
  }
} catch (error) {
  console.error(`demo: failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await cleanUp();
}

/* global chrome -- sw.evaluate runs this in the extension's service worker */
/** Waits until the background has the content script's report for `url`; returns the tab id. */
async function waitForReport(sw, url) {
  const deadline = Date.now() + REPORT_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const found = await sw.evaluate(async (wanted) => {
      const tab = (await chrome.tabs.query({})).find((t) => t.url === wanted);
      if (tab?.id === undefined) return null;
      const title = await chrome.action.getTitle({ tabId: tab.id });
      return { tabId: tab.id, title };
    }, url);
    if (found && found.title !== 'Framelens') {
      console.log(`demo: toolbar says "${found.title}"`);
      return found.tabId;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the content script did not report ${url} within ${REPORT_TIMEOUT_MS / 1000} s`);
}

/** Draws the popup over the article, where the toolbar popup would open, for the README. */
async function composeOverview(ctx, shots) {
  const dataUrl = (file) => `data:image/png;base64,${fs.readFileSync(file).toString('base64')}`;
  const page = await ctx.newPage();
  await page.setViewportSize(ARTICLE_VIEWPORT);
  await page.setContent(`<body style="margin:0">
    <img src="${dataUrl(shots.article)}" style="display:block">
    <img src="${dataUrl(shots.popup)}" style="position:absolute;top:8px;right:16px;border:1px solid #c8ccd0;
      border-radius:8px;box-shadow:0 8px 28px rgba(0,0,0,.28)">
  </body>`);
  await page.screenshot({ path: shots.overview });
  await page.close();
}

/** Opens an extension page in its own tab at `viewport` size and screenshots it (`fit`: as tall as its content, like a popup). */
async function shoot(ctx, url, viewport, file, fit = false) {
  const page = await ctx.newPage();
  await page.setViewportSize(viewport);
  await page.goto(url);
  await page.getByTestId('article-status').waitFor();
  await page.waitForFunction(() => document.querySelector('[data-status="waiting"]') === null);
  if (fit) await page.setViewportSize({ width: viewport.width, height: await page.evaluate(() => document.body.scrollHeight) });
  await page.screenshot({ path: file });
  await page.close();
}
