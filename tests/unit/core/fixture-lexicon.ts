/**
 * Test helpers: the fixture packs of tests/fixtures/packs compiled into a lexicon, and
 * small checks every analysis must pass. Not a test file itself.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { Analysis } from '../../../utils/core/analysis-schema';
import { compileLexicon } from '../../../utils/core/lexicon/compile';
import type { CompiledLexicon } from '../../../utils/core/lexicon/compiled-lexicon';
import { loadPack } from '../../../utils/core/lexicon/load-pack';
import type { Pack } from '../../../utils/core/lexicon/schema';

export const FIXTURE_PACKS_DIR = join(import.meta.dirname, '../../fixtures/packs');

/** Loads one fixture pack by file name (without .json); fails the test on an invalid pack. */
export function fixturePack(name: string): Pack {
  const loaded = loadPack(JSON.parse(readFileSync(join(FIXTURE_PACKS_DIR, `${name}.json`), 'utf8')));
  if (!loaded.ok) throw new Error(loaded.error);
  return loaded.pack;
}

let cached: CompiledLexicon | null = null;

/** The Karabakh and loaded-language fixture packs, compiled once. */
export function fixtureLexicon(): CompiledLexicon {
  cached ??= compileLexicon([fixturePack('karabakh-mini'), fixturePack('loaded-mini')]);
  return cached;
}

/** Invariants of every analysis: valid shape, and every finding's text is the slice at its offsets. */
export function expectWellFormed(analysis: Analysis): void {
  expect(Analysis.safeParse(analysis).success).toBe(true);
  for (const f of analysis.findings) {
    expect(f.text).toBe(analysis.article.text.slice(f.start, f.end));
    expect(f.start).toBeGreaterThanOrEqual(f.sentence.start);
    expect(f.end).toBeLessThanOrEqual(f.sentence.end);
  }
  for (const s of analysis.statements ?? []) expect(s.text).toBe(analysis.article.text.slice(s.start, s.end));
}
