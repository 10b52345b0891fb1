import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinLexicon, loadBuiltinPacks } from '../../../../utils/core/lexicon/builtin-packs';

const PACK_FILES = readdirSync(join(import.meta.dirname, '../../../../packs')).filter((f) => f.endsWith('.json'));

describe('built-in packs', () => {
  it('bundles every packs/*.json, each valid and with patterns that parse', () => {
    const { packs, problems } = loadBuiltinPacks();
    expect(problems).toEqual([]);
    expect(packs).toHaveLength(PACK_FILES.length);
  });

  it('compiles into one lexicon without problems', () => {
    const lexicon = builtinLexicon();
    expect(lexicon.problems).toEqual([]);
    expect(JSON.parse(JSON.stringify(lexicon))).toEqual(lexicon);
  });
});
