/**
 * Playwright fixtures: a fresh Chromium profile with the built chrome-mv3 extension loaded the
 * way README tells readers to ("Load unpacked" → .output/chrome-mv3), the extension's service
 * worker and id, and the fixture-page server.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, chromium, type BrowserContext, type Worker } from '@playwright/test';
import { extensionArgs, findChromium } from '../../scripts/lib/find-chromium.mjs';
import { extensionDir } from '../../scripts/lib/output-dir.mjs';
import { servePages, type PageServer } from '../../scripts/lib/serve-pages.mjs';

export const EXTENSION_DIR = extensionDir('chrome-mv3');

export const test = base.extend<
  { context: BrowserContext; sw: Worker; extensionId: string; chromiumArgs: string[] },
  { pages: PageServer }
>({
  /** Extra Chromium flags for one spec's contexts (`test.use({ chromiumArgs: [...] })`). */
  chromiumArgs: [[], { option: true }],
  pages: [
    // Playwright reads a fixture's dependencies from its destructuring pattern: `{}` means none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await servePages();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  context: async ({ chromiumArgs }, use) => {
    const executablePath = findChromium();
    if (!executablePath) throw new Error('No Chromium found: set CHROMIUM_PATH or apt-get install chromium');
    if (!fs.existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) throw new Error('Run `npm run build` first');
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'framelens-e2e-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      args: [...extensionArgs(EXTENSION_DIR), ...chromiumArgs],
    });
    await use(context);
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  },
  sw: async ({ context }, use) => {
    const [sw] = context.serviceWorkers();
    await use(sw ?? (await context.waitForEvent('serviceworker')));
  },
  extensionId: async ({ sw }, use) => {
    await use(new URL(sw.url()).host);
  },
});

export const expect = test.expect;
