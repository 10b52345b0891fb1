/**
 * Packs the reader imported or wrote (their own terms), stored under one key in
 * `browser.storage.local`. Each stored pack is re-validated on every read through the core's
 * `loadPack`; one that no longer loads is left out and reported, never fatal.
 */
import { browser } from 'wxt/browser';
import type { Pack } from '@/utils/core/lexicon/schema';
import { readBuiltinPacks } from './builtin-packs-file';
import { errorText } from './failure-reason';
import type { SettingsArea } from './settings';
import { readUserPacks, USER_PACKS_KEY, type UserPacks } from './stored-packs';

export { readUserPacks, USER_PACKS_KEY, watchUserPacks, type UserPacks } from './stored-packs';

/** Where stored values that no longer load are moved on the next write, with why, so nothing is silently lost. */
export const USER_PACKS_BACKUP_KEY = 'user-packs-backup';

/** The reader's packs. */
export async function loadUserPacks(area: SettingsArea = browser.storage.local): Promise<UserPacks> {
  return readUserPacks((await area.get(USER_PACKS_KEY))[USER_PACKS_KEY]);
}

/** Writes `change(valid packs)`; stored values that no longer load move to USER_PACKS_BACKUP_KEY. */
async function rewriteUserPacks(change: (packs: Pack[]) => Pack[], area: SettingsArea): Promise<void> {
  const { packs, problems, rejected } = await loadUserPacks(area);
  const update: Record<string, unknown> = { [USER_PACKS_KEY]: change(packs) };
  if (rejected.length > 0) {
    const old: unknown = (await area.get(USER_PACKS_BACKUP_KEY))[USER_PACKS_BACKUP_KEY];
    const kept = Array.isArray(old) ? old : old === undefined ? [] : [old];
    update[USER_PACKS_BACKUP_KEY] = [...kept, { savedAt: new Date().toISOString(), problems, values: rejected }];
  }
  await area.set(update);
}

/** Adds `pack`, replacing a stored pack with the same id. */
export async function saveUserPack(pack: Pack, area: SettingsArea = browser.storage.local): Promise<void> {
  await rewriteUserPacks((packs) => [...packs.filter((p) => p.id !== pack.id), pack], area);
}

/** Removes the stored pack `id`. */
export async function removeUserPack(id: string, area: SettingsArea = browser.storage.local): Promise<void> {
  await rewriteUserPacks((packs) => packs.filter((p) => p.id !== id), area);
}

/**
 * Built-in packs followed by the reader's own (a reader's pack with a built-in id is skipped). The
 * built-in packs file unreadable (a broken install) is reported like a stored pack that no longer
 * loads, never fatal: the reader's own packs are still listed.
 */
export async function loadAllPacks(
  area: SettingsArea = browser.storage.local,
  readBuiltin: () => Promise<Pack[]> = readBuiltinPacks,
): Promise<{ builtin: Pack[]; user: Pack[]; problems: string[] }> {
  const problems: string[] = [];
  const builtinRead = readBuiltin().catch((error: unknown): Pack[] => {
    problems.push(`the built-in packs could not be read: ${errorText(error)}`);
    return [];
  });
  const [builtin, user] = await Promise.all([builtinRead, loadUserPacks(area)]);
  const taken = new Set(builtin.map((p) => p.id));
  return { builtin, user: user.packs.filter((p) => !taken.has(p.id)), problems: [...problems, ...user.problems] };
}
