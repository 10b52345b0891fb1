/**
 * Reader settings, stored under one key in `browser.storage.local`. The stored value is
 * versioned; older versions are walked through `settings-migrations/` one step at a time.
 * Invalid data is never silently reset: the raw value is kept under `settings-backup`, each
 * field that still parses is kept, the others fall back to their defaults, and one line is logged.
 */
import { z } from 'zod';
import { browser, type Browser } from 'wxt/browser';
import { HighlightCategory } from '@/utils/core/analysis-schema';
import { createLogger, type Logger } from './logger';
import { MIGRATIONS } from './settings-migrations';
import { offReason, siteKey } from './site-switch';

// Zod-free, so the first-stage content script can use them; re-exported for everyone else.
export { offReason, siteKey };

export const SETTINGS_KEY = 'settings';
export const SETTINGS_BACKUP_KEY = 'settings-backup';
export const SETTINGS_VERSION = MIGRATIONS.length;

/** The current settings shape. */
export const SettingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION),
  /** Master switch: Framelens reads no page while this is false. */
  enabled: z.boolean(),
  /** Sites (see `siteKey`) where the reader switched Framelens off. */
  disabledSites: z.array(z.string().min(1)),
  /** Highlight categories hidden on every site without a choice of its own. */
  hiddenCategories: z.array(HighlightCategory),
  /** Per site: the categories hidden there (overrides `hiddenCategories`). */
  siteCategories: z.record(z.string(), z.array(HighlightCategory)),
  /** "Not contested here": muted entries as "packId/entryId", everywhere and per site. */
  muted: z.object({ everywhere: z.array(z.string()), sites: z.record(z.string(), z.array(z.string())) }),
  /** Pack ids the reader switched off (built-in or imported). */
  disabledPacks: z.array(z.string()),
  /**
   * How highlights look: `tint` adds the background colour to the underline; `density` "first"
   * marks only the first occurrence of each entry (quieter on long articles), "all" every one.
   */
  appearance: z.object({ tint: z.boolean(), density: z.enum(['all', 'first']) }),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  enabled: true,
  disabledSites: [],
  hiddenCategories: [],
  siteCategories: {},
  muted: { everywhere: [], sites: {} },
  disabledPacks: [],
  appearance: { tint: true, density: 'all' },
};

/** The storage calls settings need (a fake in tests). */
export type SettingsArea = Pick<Browser.storage.StorageArea, 'get' | 'set'>;

const defaultLog = createLogger('settings');

/** The outcome of reading a stored value: usable settings plus what had to be repaired. */
export interface ReadSettings {
  settings: Settings;
  /** Human-readable problems; empty when the stored value was valid. */
  problems: string[];
  /** The version the stored value was migrated from, when it was older. */
  migratedFrom: number | null;
}

/** Turns whatever was stored into valid settings (pure; the caller writes and logs). */
export function readSettings(raw: unknown): ReadSettings {
  if (raw === undefined) return { settings: DEFAULT_SETTINGS, problems: [], migratedFrom: null };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { settings: DEFAULT_SETTINGS, problems: ['not an object'], migratedFrom: null };
  }
  const problems: string[] = [];
  let data: Record<string, unknown> = { ...raw };
  const stored = data.version ?? 0;
  let migratedFrom: number | null = null;
  if (typeof stored !== 'number' || !Number.isInteger(stored) || stored < 0) {
    problems.push(`version: ${JSON.stringify(stored)} is not a version number`);
  } else if (stored > SETTINGS_VERSION) {
    problems.push(`version: ${stored} was written by a newer Framelens (this one reads ${SETTINGS_VERSION})`);
  } else if (stored < SETTINGS_VERSION) {
    migratedFrom = stored;
    for (const step of MIGRATIONS.slice(stored)) {
      try {
        data = step.migrate(data);
      } catch (error) {
        problems.push(`migration v${step.from}→v${step.to} failed: ${String(error)}`);
        break;
      }
    }
  }
  const whole = SettingsSchema.safeParse({ ...data, version: SETTINGS_VERSION });
  if (whole.success && problems.length === 0) return { settings: whole.data, problems, migratedFrom };
  return { settings: fallBackFieldByField(data, problems), problems, migratedFrom };
}

/** Keeps each field that parses on its own; the others take their default. */
function fallBackFieldByField(data: Record<string, unknown>, problems: string[]): Settings {
  const settings: Record<string, unknown> = { version: SETTINGS_VERSION };
  for (const [key, schema] of Object.entries(SettingsSchema.shape)) {
    if (key === 'version') continue;
    const field = schema.safeParse(data[key]);
    if (!field.success) problems.push(`${key}: ${describe(data[key])}`);
    settings[key] = field.success ? field.data : DEFAULT_SETTINGS[key as keyof Settings];
  }
  // Every field was parsed by its own schema or taken from the defaults.
  return SettingsSchema.parse(settings);
}

function describe(value: unknown): string {
  return value === undefined ? 'missing' : `invalid value ${JSON.stringify(value)?.slice(0, 60)}`;
}

/**
 * Loads the settings. A migrated value is written back; an invalid one is first copied to
 * `settings-backup` and then replaced by the repaired settings, with one warning.
 */
export async function loadSettings(
  area: SettingsArea = browser.storage.local,
  log: Logger = defaultLog,
): Promise<Settings> {
  const raw: unknown = (await area.get(SETTINGS_KEY))[SETTINGS_KEY];
  const { settings, problems, migratedFrom } = readSettings(raw);
  if (problems.length > 0) {
    await area.set({
      [SETTINGS_BACKUP_KEY]: { savedAt: new Date().toISOString(), problems, value: raw },
      [SETTINGS_KEY]: settings,
    });
    log.warn(
      `stored settings were invalid (${problems.join('; ')}); kept a copy under "${SETTINGS_BACKUP_KEY}" and used defaults for those fields`,
    );
  } else if (migratedFrom !== null) {
    await area.set({ [SETTINGS_KEY]: settings });
    log.info(`migrated stored settings from v${migratedFrom} to v${SETTINGS_VERSION}`);
  }
  return settings;
}

/** Applies `change` to the current settings, validates and stores the result. */
export async function updateSettings(
  change: (current: Settings) => Settings,
  area: SettingsArea = browser.storage.local,
): Promise<Settings> {
  const next = SettingsSchema.parse(change(await loadSettings(area)));
  await area.set({ [SETTINGS_KEY]: next });
  return next;
}

/** Calls `listener` with the new settings whenever they change; returns the unsubscribe call. */
export function watchSettings(
  listener: (settings: Settings) => void,
  events: Pick<typeof browser.storage.onChanged, 'addListener' | 'removeListener'> = browser.storage.onChanged,
): () => void {
  const onChanged = (changes: Record<string, Browser.storage.StorageChange>, areaName: string): void => {
    const change = changes[SETTINGS_KEY];
    if (areaName === 'local' && change) listener(readSettings(change.newValue).settings);
  };
  events.addListener(onChanged);
  return () => events.removeListener(onChanged);
}

/** The settings with `site` switched on or off. */
export function withSite(settings: Settings, site: string, on: boolean): Settings {
  const others = settings.disabledSites.filter((s) => s !== site);
  return { ...settings, disabledSites: on ? others : [...others, site].sort() };
}

/** `record[key]` only when it is the record's own: a site named "constructor" or "__proto__" (intranet hosts) must not read Object.prototype. */
function ownValue<T>(record: Readonly<Record<string, T>>, key: string | null): T | undefined {
  return key !== null && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** The categories hidden on the site at `url` (its own choice, else the default). */
export function hiddenFor(settings: Settings, url: string): Set<HighlightCategory> {
  const site = siteKey(url);
  return new Set(ownValue(settings.siteCategories, site) ?? settings.hiddenCategories);
}

/** The settings with `hidden` remembered for `site` (or as the default when `site` is null). */
export function withHidden(settings: Settings, site: string | null, hidden: ReadonlySet<HighlightCategory>): Settings {
  const list = [...hidden].sort();
  if (site === null) return { ...settings, hiddenCategories: list };
  return { ...settings, siteCategories: { ...settings.siteCategories, [site]: list } };
}

/** Entries muted on the site at `url`, including those muted everywhere. */
export function mutedFor(settings: Settings, url: string): Set<string> {
  const site = siteKey(url);
  return new Set([...settings.muted.everywhere, ...(ownValue(settings.muted.sites, site) ?? [])]);
}

/** The settings with `entry` ("packId/entryId") muted on `site`, or everywhere when `site` is null. */
export function withMuted(settings: Settings, entry: string, site: string | null): Settings {
  const add = (list: readonly string[] = []): string[] => [...new Set([...list, entry])].sort();
  if (site === null) return { ...settings, muted: { ...settings.muted, everywhere: add(settings.muted.everywhere) } };
  return { ...settings, muted: { ...settings.muted, sites: { ...settings.muted.sites, [site]: add(ownValue(settings.muted.sites, site)) } } };
}

/** The settings with `entry` unmuted everywhere and on every site. */
export function withoutMuted(settings: Settings, entry: string): Settings {
  const sites = Object.fromEntries(Object.entries(settings.muted.sites).map(([site, list]) => [site, list.filter((e) => e !== entry)]));
  return { ...settings, muted: { everywhere: settings.muted.everywhere.filter((e) => e !== entry), sites } };
}
