/**
 * Reading the reader's stored packs without the built-in ones: the storage key, validation
 * through the core's `loadPack` (the change watcher is in watch-user-packs.ts). Kept apart from user-packs.ts (which
 * bundles packs/*.json for the options page) so the background and the content script can use
 * it without carrying the built-in pack data.
 */
import { z } from 'zod';
import { loadPack } from '@/utils/core/lexicon/load-pack';
import type { Pack } from '@/utils/core/lexicon/schema';
export { USER_PACKS_KEY } from './watch-user-packs';

/** Stored packs that loaded, and one line per pack that did not. */
export interface UserPacks {
  packs: Pack[];
  problems: string[];
  /** The stored values that did not load, as they were (kept aside on the next write, never dropped). */
  rejected: unknown[];
}

/** Reads the stored packs (pure; `raw` is whatever storage held). Garbage never hides the packs that still load. */
export function readUserPacks(raw: unknown): UserPacks {
  const list = z.array(z.unknown()).safeParse(raw ?? []);
  if (!list.success) return { packs: [], problems: ['stored packs are not a list'], rejected: [raw] };
  const packs: Pack[] = [];
  const problems: string[] = [];
  const rejected: unknown[] = [];
  list.data.forEach((json, i) => {
    const loaded = loadPack(json);
    if (loaded.ok) packs.push(loaded.pack);
    else {
      problems.push(`stored pack ${i}: ${loaded.error}`);
      rejected.push(json);
    }
  });
  return { packs, problems, rejected };
}

// The watcher has its own zod-free module: the page app needs it, and this one loads the pack schema.
export { watchUserPacks } from './watch-user-packs';
