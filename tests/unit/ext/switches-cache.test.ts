import { describe, expect, it, vi } from 'vitest';
import { createSwitchesCache } from '@/utils/ext/switches-cache';

describe('createSwitchesCache', () => {
  it('reads the stored switches once, then follows storage changes without reading again', async () => {
    const read = vi.fn(async (): Promise<unknown> => ({ enabled: true, disabledSites: ['a.example'] }));
    const cache = createSwitchesCache(read);
    expect(await cache.current()).toMatchObject({ enabled: true, disabledSites: ['a.example'] });
    expect(await cache.current()).toMatchObject({ enabled: true });
    expect(read).toHaveBeenCalledOnce();
    cache.onChanged({ settings: { newValue: { enabled: false } } }, 'local');
    expect(await cache.current()).toMatchObject({ enabled: false, disabledSites: [] });
    cache.onChanged({ settings: { newValue: { enabled: true } } }, 'session'); // another area: not the settings
    cache.onChanged({ other: { newValue: 1 } }, 'local');
    expect(await cache.current()).toMatchObject({ enabled: false });
    expect(read).toHaveBeenCalledOnce();
  });

  it('a failed read is not kept: the next ask reads again', async () => {
    const read = vi.fn<() => Promise<unknown>>().mockRejectedValueOnce(new Error('storage busy')).mockResolvedValue(undefined);
    const cache = createSwitchesCache(read);
    await expect(cache.current()).rejects.toThrow('storage busy');
    expect(await cache.current()).toEqual({ enabled: true, disabledSites: [], disabledPacks: [] });
    expect(read).toHaveBeenCalledTimes(2);
  });
});
