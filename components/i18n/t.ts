/**
 * UI strings through the browser's i18n (`_locales/<lang>/messages.json`). Every key lives
 * in `public/_locales/en/messages.json`; a unit test checks that each key used in code exists.
 */
import { browser } from 'wxt/browser';

/**
 * The message for `key` in the reader's language, with `$1`… filled from `subs`. Falls back to
 * the key itself where the i18n API is missing (a unit test without a browser), so nothing throws.
 */
export function t(key: string, subs?: string | string[]): string {
  try {
    // WXT types keys from the generated messages file; our keys are checked by a unit test instead.
    const getMessage = browser.i18n.getMessage as (name: string, substitutions?: string | string[]) => string;
    const message = getMessage(key, subs);
    if (message) return message;
  } catch {
    // No i18n API here (tests, or a torn-down content script): show the key.
  }
  return key;
}

/** "1 finding" / "4 findings": `key` names the singular, `key + 'Plural'` the plural form. */
export function tCount(key: string, count: number): string {
  return t(count === 1 ? key : `${key}Plural`, String(count));
}
