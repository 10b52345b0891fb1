import { describe, expect, it } from 'vitest';
import { lexiconAssets } from '../../../scripts/lexicon-assets';
import { loadBuiltinPacks } from '@/utils/core/lexicon/builtin-packs';
import { PACK_SCHEMA_VERSION } from '@/utils/core/lexicon/schema';
import { builtinPacksFrom, isPackList } from '@/utils/ext/builtin-packs-file';
import { BUILTIN_PACKS_PATH } from '@/utils/ext/lexicon-assets';

describe('the built-in packs file the extension pages read', () => {
  it('holds the same packs, in the same order, as the bundled packs/*.json did', () => {
    const file = lexiconAssets().find((a) => `/${a.relativeDest}` === BUILTIN_PACKS_PATH);
    if (file === undefined) throw new Error(`the build emits no ${BUILTIN_PACKS_PATH}`);
    const fromFile = builtinPacksFrom(JSON.parse(file.contents));
    expect(fromFile.length).toBeGreaterThan(10);
    expect(fromFile).toEqual(loadBuiltinPacks().packs);
  });

  it('refuses anything that is not a list of current packs, naming the file', () => {
    const pack = { schemaVersion: PACK_SCHEMA_VERSION, id: 'x' };
    expect(isPackList([pack])).toBe(true);
    for (const wrong of [null, {}, 'packs', [pack, null], [{ ...pack, schemaVersion: PACK_SCHEMA_VERSION - 1 }], [[pack]]]) {
      expect(isPackList(wrong)).toBe(false);
      expect(() => builtinPacksFrom(wrong)).toThrow(BUILTIN_PACKS_PATH);
    }
  });
});
