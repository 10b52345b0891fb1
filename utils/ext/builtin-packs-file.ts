/**
 * The built-in packs as the build wrote them (BUILTIN_PACKS_PATH): every packs/*.json, validated
 * and migrated at build time, so an invalid pack fails the build. Extension pages and the
 * background read this file instead of bundling the packs: bundled, they were a 1.45 MB script
 * that every popup opening parsed and then validated again (docs/benchmarks.md "Extension pages").
 */
import { browser } from 'wxt/browser';
import { PACK_SCHEMA_VERSION, type Pack } from '@/utils/core/lexicon/schema';
import { BUILTIN_LEXICON_PATH, BUILTIN_PACKS_PATH } from './lexicon-assets';

/** Our own build output, checked for its shape only (see the module comment). */
export function isPackList(x: unknown): x is Pack[] {
  return Array.isArray(x) && x.every((p: unknown) => typeof p === 'object' && p !== null && 'schemaVersion' in p && p.schemaVersion === PACK_SCHEMA_VERSION);
}

/** Reads one of the build's lexicon files from the extension package (not the network). */
export async function readPackageJson(path: typeof BUILTIN_LEXICON_PATH | typeof BUILTIN_PACKS_PATH): Promise<unknown> {
  return (await fetch(browser.runtime.getURL(path))).json();
}

/** Parses `json` as the built-in pack list, or says what is wrong with it. */
export function builtinPacksFrom(json: unknown): Pack[] {
  if (!isPackList(json)) throw new Error(`${BUILTIN_PACKS_PATH} is not a list of packs of schema version ${PACK_SCHEMA_VERSION}`);
  return json;
}

let cached: Promise<Pack[]> | null = null;

/** The built-in packs, read once per page (a failed read is tried again next time). */
export function readBuiltinPacks(): Promise<Pack[]> {
  cached ??= readPackageJson(BUILTIN_PACKS_PATH)
    .then(builtinPacksFrom)
    .catch((error: unknown) => {
      cached = null;
      throw error;
    });
  return cached;
}
