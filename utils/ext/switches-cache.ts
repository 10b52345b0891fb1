/**
 * The background's copy of the reader's on/off switches, so that it can answer the first stage's
 * early ask for the page app (page-app-injector.ts) without a storage read of its own in the
 * way: read once when the service worker starts, then kept current from `storage.onChanged`.
 */
import { QUICK_SETTINGS_KEY, readQuickSettings } from './quick-settings';
import type { SiteSwitches } from './site-switch';

/** The switches cache: `current` answers from memory once the first read is done. */
export interface SwitchesCache {
  current(): Promise<SiteSwitches>;
  /** A `storage.onChanged` listener. */
  onChanged(changes: Record<string, { newValue?: unknown }>, area: string): void;
}

/** `readStored`: the stored settings value as it is (storage.local `settings`). */
export function createSwitchesCache(readStored: () => Promise<unknown>): SwitchesCache {
  let switches: Promise<SiteSwitches> | null = null;
  return {
    current() {
      // A failed read is not kept: the next ask reads again.
      switches ??= readStored().then(readQuickSettings, (error: unknown) => {
        switches = null;
        throw error;
      });
      return switches;
    },
    onChanged(changes, area) {
      const change = area === 'local' ? changes[QUICK_SETTINGS_KEY] : undefined;
      if (change !== undefined) switches = Promise.resolve(readQuickSettings(change.newValue));
    },
  };
}
