/**
 * Whether Framelens runs on a site: the master switch and the reader's off-sites. Kept apart from
 * settings.ts (zod) because the first-stage content script decides this on every page and must
 * not load zod to do it (docs/architecture.md "Content script").
 */
import type { OffReason } from './messages';

/** The key a site is switched off under: its host name, lower case, without `www.`. */
export function siteKey(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return parsed.hostname.toLowerCase().replace(/^www\./, '');
}

/** The two switches `offReason` reads (a subset of `Settings`). */
export interface SiteSwitches {
  enabled: boolean;
  disabledSites: readonly string[];
}

/** Whether Framelens may read the page at `url`, and if not, why. */
export function offReason(settings: SiteSwitches, url: string): OffReason | null {
  if (!settings.enabled) return 'master-off';
  const site = siteKey(url);
  return site !== null && settings.disabledSites.includes(site) ? 'site-off' : null;
}
