import { describe, expect, it, vi } from 'vitest';
import { handedSettingsArea } from '@/utils/ext/handed-settings';
import { createLogger } from '@/utils/ext/logger';
import { DEFAULT_SETTINGS, loadSettings, type SettingsArea } from '@/utils/ext/settings';

/** A storage area that records what is asked of it. */
function spyArea() {
  const get = vi.fn(async () => ({}));
  const set = vi.fn(async () => undefined);
  return { area: { get, set } as unknown as SettingsArea, get, set };
}

const quiet = createLogger('test', { sink: { debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn() } });

describe('handedSettingsArea', () => {
  it('answers the page app\'s settings read with the first stage\'s copy, without reading storage', async () => {
    const { area, get, set } = spyArea();
    const stored = { ...DEFAULT_SETTINGS, enabled: false, disabledSites: ['example.org'] };
    const settings = await loadSettings(handedSettingsArea(stored, area), quiet);
    expect(settings).toEqual(stored);
    expect(get).not.toHaveBeenCalled();
    expect(set).not.toHaveBeenCalled();
  });

  it('still repairs an invalid copy in storage, with the backup', async () => {
    const { area, get, set } = spyArea();
    const settings = await loadSettings(handedSettingsArea({ ...DEFAULT_SETTINGS, enabled: 'yes' }, area), quiet);
    expect(settings.enabled).toBe(true);
    expect(get).not.toHaveBeenCalled();
    expect(set).toHaveBeenCalledWith(expect.objectContaining({ 'settings-backup': expect.objectContaining({ value: expect.objectContaining({ enabled: 'yes' }) }) }));
  });
});
