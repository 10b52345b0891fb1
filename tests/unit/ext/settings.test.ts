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
  loadSettings,
  offReason,
  readSettings,
  siteKey,
  updateSettings,
  watchSettings,
  withSite,
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
