/**
 * Which tab the popup or side panel talks about: `?tab=N` in its own URL (tests and the demo
 * open them in a normal tab), else the active tab of the current window.
 */
import { browser, type Browser } from 'wxt/browser';

/** The tab id given as `?tab=N`, or null. */
export function tabIdFromSearch(search: string): number | null {
  const value = new URLSearchParams(search).get('tab');
  if (value === null || !/^\d+$/.test(value)) return null;
  return Number(value);
}

/** The tab the page at `search` should describe, or null when there is none. */
export async function findTargetTab(
  search: string,
  tabs: Pick<typeof browser.tabs, 'get' | 'query'> = browser.tabs,
): Promise<Browser.tabs.Tab | null> {
  const id = tabIdFromSearch(search);
  if (id !== null) return tabs.get(id).then((tab) => tab ?? null, () => null);
  const [active] = await tabs.query({ active: true, currentWindow: true });
  return active ?? null;
}
