import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadBuiltinPacks } from '@/utils/core/lexicon/builtin-packs';
import { USER_PACKS_BACKUP_KEY, USER_PACKS_KEY, loadAllPacks, readUserPacks, removeUserPack, saveUserPack } from '@/utils/ext/user-packs';

beforeEach(() => fakeBrowser.reset());

/** The built-in packs as the build writes them (vitest cannot fetch the extension's package files). */
const readBuiltin = async () => loadBuiltinPacks().packs;

describe('user packs', () => {
  it('re-validates stored packs and reports the ones that no longer load', () => {
    const good = loadBuiltinPacks().packs[0];
    const { packs, problems } = readUserPacks([good, { schemaVersion: 2, id: 'x' }]);
    expect(packs.map((p) => p.id)).toEqual([good?.id]);
    expect(problems).toHaveLength(1);
    expect(readUserPacks('nonsense').problems).toEqual(['stored packs are not a list']);
  });

  it('saves, replaces and removes by id, and never shadows a built-in pack', async () => {
    const builtin = loadBuiltinPacks().packs[0];
    if (builtin === undefined) throw new Error('no built-in pack');
    const mine = { ...builtin, id: 'mine', title: 'Mine' };
    await saveUserPack(mine);
    await saveUserPack({ ...mine, title: 'Mine again' });
    await saveUserPack(builtin);
    const all = await loadAllPacks(browser.storage.local, readBuiltin);
    expect(all.user.map((p) => p.title)).toEqual(['Mine again']);
    await removeUserPack('mine');
    const stored: unknown = (await browser.storage.local.get(USER_PACKS_KEY))[USER_PACKS_KEY];
    expect(Array.isArray(stored) ? stored.length : -1).toBe(1);
  });

  it('keeps stored values that no longer load aside on the next write, never drops them', async () => {
    const builtin = loadBuiltinPacks().packs[0];
    if (builtin === undefined) throw new Error('no built-in pack');
    const mine = { ...builtin, id: 'mine', title: 'Mine' };
    const garbage = [{ schemaVersion: 2, id: 'half-written' }, 'not a pack', 42];
    await browser.storage.local.set({ [USER_PACKS_KEY]: [mine, ...garbage] });
    expect((await loadAllPacks(browser.storage.local, readBuiltin)).user.map((p) => p.id)).toEqual(['mine']);
    await saveUserPack({ ...mine, id: 'second', title: 'Second' });
    expect((await loadAllPacks(browser.storage.local, readBuiltin)).user.map((p) => p.id)).toEqual(['mine', 'second']);
    const backup = (await browser.storage.local.get(USER_PACKS_BACKUP_KEY))[USER_PACKS_BACKUP_KEY] as { problems: string[]; values: unknown[] }[];
    expect(backup).toHaveLength(1);
    expect(backup[0]?.values).toEqual(garbage);
    expect(backup[0]?.problems).toHaveLength(3);
    expect(readUserPacks((await browser.storage.local.get(USER_PACKS_KEY))[USER_PACKS_KEY]).problems).toEqual([]);
  });

  it('an unreadable built-in packs file is reported, not fatal: the reader\'s own packs are still listed', async () => {
    const builtin = loadBuiltinPacks().packs[0];
    if (builtin === undefined) throw new Error('no built-in pack');
    await saveUserPack({ ...builtin, id: 'mine', title: 'Mine' });
    const all = await loadAllPacks(browser.storage.local, () => Promise.reject(new Error('Failed to fetch')));
    expect(all).toEqual({ builtin: [], user: [expect.objectContaining({ id: 'mine' })], problems: ['the built-in packs could not be read: Failed to fetch'] });
  });

  it('storage holding something that is not a list: the next save keeps it aside and starts a list', async () => {
    const builtin = loadBuiltinPacks().packs[0];
    if (builtin === undefined) throw new Error('no built-in pack');
    await browser.storage.local.set({ [USER_PACKS_KEY]: { corrupted: true } });
    expect(await loadAllPacks(browser.storage.local, readBuiltin)).toMatchObject({ user: [], problems: expect.arrayContaining(['stored packs are not a list']) });
    await saveUserPack({ ...builtin, id: 'mine' });
    expect((await loadAllPacks(browser.storage.local, readBuiltin)).user.map((p) => p.id)).toEqual(['mine']);
    const backup = (await browser.storage.local.get(USER_PACKS_BACKUP_KEY))[USER_PACKS_BACKUP_KEY] as { values: unknown[] }[];
    expect(backup[0]?.values).toEqual([{ corrupted: true }]);
  });
});
