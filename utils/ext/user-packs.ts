/**
 * Packs the reader imported or wrote (their own terms), stored under one key in
 * `browser.storage.local`. Each stored pack is re-validated on every read through the core's
 * `loadPack`; one that no longer loads is left out and reported, never fatal.
 */
import { browser, type Browser } from 'wxt/browser';
import { z } from 'zod';
import { loadBuiltinPacks } from '@/utils/core/lexicon/builtin-packs';
import { loadPack } from '@/utils/core/lexicon/load-pack';
import type { Pack } from '@/utils/core/lexicon/schema';
import type { SettingsArea } from './settings';

export const USER_PACKS_KEY = 'user-packs';

/** Stored packs that loaded, and one line per pack that did not. */
export interface UserPacks {
  packs: Pack[];
  problems: string[];
}

/** Reads the stored packs (pure; `raw` is whatever storage held). */
export function readUserPacks(raw: unknown): UserPacks {
  const list = z.array(z.unknown()).safeParse(raw ?? []);
  if (!list.success) return { packs: [], problems: ['stored packs are not a list'] };
  const packs: Pack[] = [];
  const problems: string[] = [];
  list.data.forEach((json, i) => {
    const loaded = loadPack(json);
    if (loaded.ok) packs.push(loaded.pack);
    else problems.push(`stored pack ${i}: ${loaded.error}`);
  });
  return { packs, problems };
}

/** The reader's packs. */
export async function loadUserPacks(area: SettingsArea = browser.storage.local): Promise<UserPacks> {
  return readUserPacks((await area.get(USER_PACKS_KEY))[USER_PACKS_KEY]);
}

/** Adds `pack`, replacing a stored pack with the same id. */
export async function saveUserPack(pack: Pack, area: SettingsArea = browser.storage.local): Promise<void> {
  const { packs } = await loadUserPacks(area);
  await area.set({ [USER_PACKS_KEY]: [...packs.filter((p) => p.id !== pack.id), pack] });
}

/** Removes the stored pack `id`. */
export async function removeUserPack(id: string, area: SettingsArea = browser.storage.local): Promise<void> {
  const { packs } = await loadUserPacks(area);
  await area.set({ [USER_PACKS_KEY]: packs.filter((p) => p.id !== id) });
}

/** Built-in packs followed by the reader's own (a reader's pack with a built-in id is skipped). */
export async function loadAllPacks(area: SettingsArea = browser.storage.local): Promise<{ builtin: Pack[]; user: Pack[]; problems: string[] }> {
  const builtin = loadBuiltinPacks();
  const user = await loadUserPacks(area);
  const taken = new Set(builtin.packs.map((p) => p.id));
  return { builtin: builtin.packs, user: user.packs.filter((p) => !taken.has(p.id)), problems: [...builtin.problems, ...user.problems] };
}

/** Calls `listener` when the stored packs change; returns the unsubscribe call. */
export function watchUserPacks(
  listener: () => void,
  events: Pick<typeof browser.storage.onChanged, 'addListener' | 'removeListener'> = browser.storage.onChanged,
): () => void {
  const onChanged = (changes: Record<string, Browser.storage.StorageChange>, areaName: string): void => {
    if (areaName === 'local' && changes[USER_PACKS_KEY]) listener();
  };
  events.addListener(onChanged);
  return () => events.removeListener(onChanged);
}
