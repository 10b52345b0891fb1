import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createLogger, type LogSink } from '@/utils/ext/logger';
import { MIGRATIONS } from '@/utils/ext/settings-migrations';
import {
  DEFAULT_SETTINGS,
  SETTINGS_BACKUP_KEY,
  SETTINGS_KEY,
  SETTINGS_VERSION,
  SettingsSchema,
  hiddenFor,
  loadSettings,
  mutedFor,
  offReason,
  readSettings,
  siteKey,
  updateSettings,
  watchSettings,
  withHidden,
  withMuted,
  withSite,
  type Settings,
} from '@/utils/ext/settings';

function spyLog() {
  const sink: LogSink = { debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn() };
  return { sink, log: createLogger('settings', { sink, minLevel: 'debug' }) };
}

async function stored(key: string): Promise<unknown> {
  return (await browser.storage.local.get(key))[key];
}

beforeEach(() => fakeBrowser.reset());

describe('settings migrations', () => {
  it('has one numbered step per version, in order', () => {
    MIGRATIONS.forEach((step, index) => {
      expect(step.from).toBe(index);
      expect(step.to).toBe(index + 1);
    });
    expect(SETTINGS_VERSION).toBe(MIGRATIONS.length);
  });

  it.each(MIGRATIONS.map((step) => [`v${step.from}→v${step.to}`, step] as const))(
    'turns its example into the next version (%s)',
    (_name, step) => {
      expect(step.migrate(step.example.before)).toEqual(step.example.after);
    },
  );

  it('walks every step from the oldest example to valid current settings', async () => {
    const oldest = MIGRATIONS[0]?.example.before ?? {};
    await browser.storage.local.set({ [SETTINGS_KEY]: oldest });
    const { sink, log } = spyLog();
    const settings = await loadSettings(browser.storage.local, log);
    expect(SettingsSchema.safeParse(settings).success).toBe(true);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, enabled: false, disabledSites: ['news.example'] });
    expect(await stored(SETTINGS_KEY)).toEqual(settings);
    expect(sink.info).toHaveBeenCalledExactlyOnceWith(`[framelens:settings] migrated stored settings from v0 to v${SETTINGS_VERSION}`);
    expect(sink.warn).not.toHaveBeenCalled();
  });
});

describe('loadSettings', () => {
  it('returns the defaults on a fresh install, without writing or logging', async () => {
    const { sink, log } = spyLog();
    expect(await loadSettings(browser.storage.local, log)).toEqual(DEFAULT_SETTINGS);
    expect(await stored(SETTINGS_KEY)).toBeUndefined();
    expect(sink.warn).not.toHaveBeenCalled();
  });

  it('keeps valid fields of corrupt settings, backs up the raw value and logs one line', async () => {
    const corrupt = { version: 1, enabled: 'yes please', disabledSites: ['a.example'] };
    await browser.storage.local.set({ [SETTINGS_KEY]: corrupt });
    const { sink, log } = spyLog();
    const settings = await loadSettings(browser.storage.local, log);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, enabled: true, disabledSites: ['a.example'] });
    expect(await stored(SETTINGS_BACKUP_KEY)).toMatchObject({ value: corrupt, problems: ['enabled: invalid value "yes please"'] });
    expect(await stored(SETTINGS_KEY)).toEqual(settings);
    expect(sink.warn).toHaveBeenCalledTimes(1);
    expect(vi.mocked(sink.warn).mock.calls[0]?.[0]).toMatchInlineSnapshot(
      `"[framelens:settings] stored settings were invalid (enabled: invalid value "yes please"); kept a copy under "settings-backup" and used defaults for those fields"`,
    );
  });

  it('logs only once: the repaired value is valid on the next load', async () => {
    await browser.storage.local.set({ [SETTINGS_KEY]: 'garbage' });
    const { sink, log } = spyLog();
    expect(await loadSettings(browser.storage.local, log)).toEqual(DEFAULT_SETTINGS);
    expect(await loadSettings(browser.storage.local, log)).toEqual(DEFAULT_SETTINGS);
    expect(sink.warn).toHaveBeenCalledTimes(1);
    expect(await stored(SETTINGS_BACKUP_KEY)).toMatchObject({ value: 'garbage', problems: ['not an object'] });
  });

  it.each([
    ['a newer version', { version: 99, enabled: false, disabledSites: [] }, { enabled: false }, /newer Framelens/],
    ['a bad version', { version: 'one', enabled: false }, { enabled: false }, /not a version number/],
    ['a bad site list', { version: 1, enabled: false, disabledSites: [1, 2] }, { enabled: false, disabledSites: [] }, /disabledSites/],
  ])('falls back field by field on %s', (_name, raw, expected, problem) => {
    const result = readSettings(raw);
    expect(result.settings).toMatchObject(expected);
    expect(result.problems.join('; ')).toMatch(problem);
  });
});

describe('site switches', () => {
  it.each([
    ['https://www.News.example/a?b', 'news.example'],
    ['http://127.0.0.1:8080/', '127.0.0.1'],
    ['chrome://extensions', null],
    ['not a url', null],
  ])('siteKey(%s) is %s', (url, key) => {
    expect(siteKey(url)).toBe(key);
  });

  it('says why Framelens is off on a page', () => {
    const settings = withSite(DEFAULT_SETTINGS, 'news.example', false);
    expect(offReason(settings, 'https://news.example/x')).toBe('site-off');
    expect(offReason(settings, 'https://other.example/x')).toBeNull();
    expect(offReason({ ...settings, enabled: false }, 'https://other.example/x')).toBe('master-off');
    expect(withSite(settings, 'news.example', true).disabledSites).toEqual([]);
  });

  it('stores an update and tells watchers', async () => {
    const seen = vi.fn();
    const unwatch = watchSettings(seen);
    await updateSettings((s) => withSite(s, 'news.example', false));
    expect(await stored(SETTINGS_KEY)).toEqual({ ...DEFAULT_SETTINGS, disabledSites: ['news.example'] });
    expect(seen).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, disabledSites: ['news.example'] });
    unwatch();
  });
});

/** Site keys as `siteKey` makes them, including hosts named like Object.prototype members. */
const site = fc.oneof(fc.domain().map((d) => d.toLowerCase().replace(/^www\./, '')), fc.constantFrom('constructor', '__proto__', 'tostring', 'localhost'));
const category = fc.constantFrom('actor', 'term', 'place', 'loaded' as const);
const categories = fc.uniqueArray(category).map((list) => [...list].sort());
/** Any valid current settings: every choice a reader can make. */
const currentSettings: fc.Arbitrary<Settings> = fc.record({
  version: fc.constant(SETTINGS_VERSION),
  enabled: fc.boolean(),
  disabledSites: fc.uniqueArray(site, { maxLength: 5 }),
  hiddenCategories: categories,
  siteCategories: fc.dictionary(site, categories, { maxKeys: 4 }).map((d) => ({ ...d })),
  muted: fc.record({ everywhere: fc.array(fc.string({ minLength: 1 }), { maxLength: 3 }), sites: fc.dictionary(site, fc.array(fc.string(), { maxLength: 3 }), { maxKeys: 3 }).map((d) => ({ ...d })) }),
  disabledPacks: fc.array(fc.string(), { maxLength: 3 }),
  appearance: fc.record({ tint: fc.boolean(), density: fc.constantFrom('all', 'first' as const) }),
}).filter((s) => !Object.hasOwn(s.siteCategories, '__proto__') && !Object.hasOwn(s.muted.sites, '__proto__'));

describe('old settings are upgraded without losing a choice', () => {
  it('a v0 object (no version) and a v1 object keep every choice they held', () => {
    const v0 = { enabled: false, disabledSites: ['news.example', 'blog.example'] };
    const v1 = { version: 1, enabled: false, disabledSites: ['news.example'] };
    for (const [old, from] of [[v0, 0], [v1, 1]] as const) {
      const { settings, problems, migratedFrom } = readSettings(old);
      expect(problems).toEqual([]);
      expect(migratedFrom).toBe(from);
      expect(settings).toEqual({ ...DEFAULT_SETTINGS, enabled: old.enabled, disabledSites: old.disabledSites });
    }
  });

  it('property: any v0 or v1 settings migrate with their switch and sites intact', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.uniqueArray(site, { maxLength: 6 }), fc.constantFrom(0, 1), (enabled, disabledSites, version) => {
        const old = version === 0 ? { enabled, disabledSites } : { version, enabled, disabledSites };
        const { settings, problems, migratedFrom } = readSettings(old);
        expect(problems).toEqual([]);
        expect(migratedFrom).toBe(version);
        expect(settings).toEqual({ ...DEFAULT_SETTINGS, enabled, disabledSites });
      }),
      { numRuns: 200, seed: 20261126 },
    );
  });

  it('property: current settings read back unchanged, from storage too', async () => {
    await fc.assert(
      fc.asyncProperty(currentSettings, async (current) => {
        expect(readSettings(current)).toEqual({ settings: current, problems: [], migratedFrom: null });
        await browser.storage.local.set({ [SETTINGS_KEY]: current });
        expect(await loadSettings(browser.storage.local, spyLog().log)).toEqual(current);
      }),
      { numRuns: 150, seed: 20261126 },
    );
  });

  it('property: garbage never throws, and every field that is still valid is kept', () => {
    fc.assert(
      fc.property(currentSettings, fc.dictionary(fc.constantFrom(...Object.keys(SettingsSchema.shape)), fc.anything(), { maxKeys: 4 }), fc.anything(), (current, damage, junk) => {
        expect(SettingsSchema.safeParse(readSettings(junk).settings).success).toBe(true);
        const damaged: Record<string, unknown> = { ...current, ...damage };
        const { settings } = readSettings(damaged);
        expect(SettingsSchema.safeParse(settings).success).toBe(true);
        for (const key of Object.keys(SettingsSchema.shape) as (keyof Settings)[]) {
          if (!(key in damage) || key === 'version') continue;
          // A damaged field falls back to its default unless the damage happens to be valid itself.
          if (!SettingsSchema.shape[key].safeParse(damaged[key]).success) expect(settings[key]).toEqual(DEFAULT_SETTINGS[key]);
        }
        for (const key of Object.keys(current) as (keyof Settings)[]) if (!(key in damage) && !('version' in damage)) expect(settings[key]).toEqual(current[key]);
      }),
      { numRuns: 300, seed: 20261126 },
    );
  });
});

describe('sites named like Object.prototype members', () => {
  it.each(['http://constructor/', 'http://__proto__/', 'http://hasownproperty/'])('%s reads and stores its own choices', (url) => {
    const key = siteKey(url);
    expect(key).not.toBeNull();
    expect([...hiddenFor(DEFAULT_SETTINGS, url)]).toEqual([]);
    expect([...mutedFor(DEFAULT_SETTINGS, url)]).toEqual([]);
    const muted = withMuted(DEFAULT_SETTINGS, 'pack/entry', key);
    expect([...mutedFor(muted, url)]).toEqual(['pack/entry']);
    const hidden = withHidden(DEFAULT_SETTINGS, key, new Set(['term']));
    expect([...hiddenFor(hidden, url)]).toEqual(['term']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

