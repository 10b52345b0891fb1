import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { findTargetTab, tabIdFromSearch } from '@/utils/ext/target-tab';

beforeEach(() => fakeBrowser.reset());

describe('tabIdFromSearch', () => {
  it.each([
    ['?tab=12', 12],
    ['?tab=0', 0],
    ['?tab=-1', null],
    ['?tab=abc', null],
    ['', null],
  ])('%s gives %s', (search, id) => {
    expect(tabIdFromSearch(search)).toBe(id);
  });
});

describe('findTargetTab', () => {
  it('uses ?tab=N when given, else the active tab', async () => {
    const other = await browser.tabs.create({ url: 'https://a.example/', active: false });
    const query = vi.fn().mockResolvedValue([{ ...other, id: 42 }]);
    const tabs = { get: browser.tabs.get, query };
    expect((await findTargetTab(`?tab=${other.id}`, tabs))?.url).toBe('https://a.example/');
    expect(query).not.toHaveBeenCalled();
    expect((await findTargetTab('', tabs))?.id).toBe(42);
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(await findTargetTab('?tab=999', tabs)).toBeNull();
  });
});
