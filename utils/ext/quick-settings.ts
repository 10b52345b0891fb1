/**
 * The few settings the first-stage content script needs on every page (on/off switches and
 * disabled packs), read from the stored value with a hand-written check instead of zod, which
 * would cost more than everything else the first stage does. A field that is missing or not of
 * its type takes its default, as in `readSettings`; repairing and writing back the stored value
 * stays with the full reader (settings.ts), which the page app, popup and options use.
 */
import { isRecord } from '@/utils/core/is-record';
import type { SiteSwitches } from './site-switch';

/** The storage key the settings live under (settings.ts `SETTINGS_KEY`). */
export const QUICK_SETTINGS_KEY = 'settings';

/** What the first stage reads. */
export interface QuickSettings extends SiteSwitches {
  disabledPacks: readonly string[];
}

const isStringList = (value: unknown, nonEmpty: boolean): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string' && (!nonEmpty || item !== ''));

/** The switches in a stored settings value (anything unreadable falls back to the defaults: on, no sites or packs off). */
export function readQuickSettings(raw: unknown): QuickSettings {
  const stored = isRecord(raw) ? raw : {};
  return {
    enabled: typeof stored.enabled === 'boolean' ? stored.enabled : true,
    disabledSites: isStringList(stored.disabledSites, true) ? stored.disabledSites : [],
    disabledPacks: isStringList(stored.disabledPacks, false) ? stored.disabledPacks : [],
  };
}
