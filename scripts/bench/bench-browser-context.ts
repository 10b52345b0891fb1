/**
 * The headless Chromium every browser benchmark uses: a fresh profile, the built extension loaded
 * (or none, for the same page without it), and every request that is not to our 127.0.0.1 page
 * server or to the extension's own files refused at once, so no timing depends on the network.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import { extensionArgs, findChromium, INSTALL_HINT } from '../lib/find-chromium.mjs';

/** A launched benchmark browser; `close` also deletes its profile. */
export interface BenchBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Launches Chromium with the extension in `extensionDir` (a chrome-mv3 folder), or without one when null. */
export async function launchBenchBrowser(
  extensionDir: string | null,
  options: { extraArgs?: readonly string[]; bypassCSP?: boolean; initScript?: string } = {},
): Promise<BenchBrowser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);
  const profile = mkdtempSync(join(os.tmpdir(), 'framelens-bench-'));
  const base = extensionDir === null ? [] : extensionArgs(extensionDir);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: [...new Set([...base, '--no-sandbox', '--no-first-run', ...(options.extraArgs ?? [])])],
    bypassCSP: options.bypassCSP ?? false,
  });
  // The extension's own files (its pages' scripts, fetched assets) are not network requests.
  await context.route((url) => url.protocol !== 'chrome-extension:' && url.hostname !== '127.0.0.1', (route) => route.abort());
  if (options.initScript !== undefined) await context.addInitScript(options.initScript);
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
