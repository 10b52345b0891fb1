/** Serves `browser.i18n.getMessage` from the English messages file in unit tests (fake-browser lacks i18n). */
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, vi } from 'vitest';
import { z } from 'zod';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/** Where the English strings live. */
export const EN_MESSAGES_PATH = path.resolve(import.meta.dirname, '../../../public/_locales/en/messages.json');

/** The English messages by key. */
export function loadEnglish(): Record<string, { message: string }> {
  return z.record(z.string(), z.object({ message: z.string() })).parse(JSON.parse(fs.readFileSync(EN_MESSAGES_PATH, 'utf8')));
}

/** Makes `browser.i18n.getMessage` answer from the English file, with `$1`… substitutions. */
export function installEnglish(): void {
  const messages = loadEnglish();
  const getMessage = (key: string, subs?: string | string[]): string => {
    const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    return (messages[key]?.message ?? '').replace(/\$(\d)/g, (_m, n: string) => list[Number(n) - 1] ?? '');
  };
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(getMessage as typeof fakeBrowser.i18n.getMessage);
}

/**
 * Registers a beforeEach that resets the fake browser, serves English strings and gives a
 * fresh, attached container; returns a getter for it.
 */
export function useComponentHost(): () => HTMLElement {
  let host: HTMLElement | null = null;
  beforeEach(() => {
    fakeBrowser.reset();
    installEnglish();
    document.body.innerHTML = '';
    host = document.createElement('div');
    document.body.append(host);
  });
  return () => {
    if (host === null) throw new Error('useComponentHost: no test is running');
    return host;
  };
}
