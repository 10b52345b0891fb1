/**
 * Following the reader's imported packs in storage, without loading them. Apart from
 * stored-packs.ts, which reads them through the pack schema (zod): the page app only needs to
 * know that they changed, and building the pack schema cost it start-up time (issue 7).
 */
import { browser, type Browser } from 'wxt/browser';

/** The storage.local key of the reader's imported packs. */
export const USER_PACKS_KEY = 'user-packs';

/** Calls `listener` when the stored packs change; returns the unsubscribe call. */
export function watchUserPacks(
  listener: () => void,
  events: Pick<typeof browser.storage.onChanged, 'addListener' | 'removeListener'> = browser.storage.onChanged,
): () => void {
  const onChanged = (changes: Record<string, Browser.storage.StorageChange>, areaName: string): void => {
    if (areaName === 'local' && changes[USER_PACKS_KEY]) listener();
  };
  events.addListener(onChanged);
  return () => events.removeListener(onChanged);
}
