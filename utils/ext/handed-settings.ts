/**
 * The settings storage as the page app reads it at its start: the stored value the first stage
 * read its switches from (page-handoff.ts) answers the read, so the page app needs no second
 * storage round trip before it paints (issue 7); writes (a repair or a migration, settings.ts
 * `loadSettings`) still go to storage.
 */
import { QUICK_SETTINGS_KEY } from './quick-settings';
import type { SettingsArea } from './settings';

/** `area` with its read of the settings answered by `value`, the first stage's copy. */
export function handedSettingsArea(value: unknown, area: SettingsArea): SettingsArea {
  return {
    get: (async () => ({ [QUICK_SETTINGS_KEY]: value })) as SettingsArea['get'],
    set: (items) => area.set(items),
  };
}
