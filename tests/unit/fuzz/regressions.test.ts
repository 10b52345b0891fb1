/**
 * Bugs the fuzz tests found, each pinned by its shrunk counterexample, so they stay fixed
 * whatever sample the fuzzer draws next.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeText } from '@/utils/core/analyze';
import { builtinLexicon } from '@/utils/core/lexicon/builtin-packs';
import type { CompiledLexicon } from '@/utils/core/lexicon/compiled-lexicon';

let lexicon: CompiledLexicon;
beforeAll(() => {
  lexicon = builtinLexicon();
});

describe('fuzz regressions', () => {
  it('a role noun ending one paragraph does not make the next paragraphs an unknown actor', () => {
    // Found by offsets-map-back: the finding "Provisional IRA\n\nÜÜÜÜ" crossed two paragraph breaks.
    const analysis = analyzeText('Minister\n\nProvisional IRA\n\nÜÜÜÜ الحرب في غزة', lexicon);
    for (const f of analysis.findings) expect(f.text).not.toMatch(/\n/);
    // Inside one sentence the role still introduces the name.
    const same = analyzeText('Foreign Minister Ararat Mirzoyan Qqq arrived.', lexicon);
    expect(same.findings.map((f) => f.text)).toContain('Ararat Mirzoyan Qqq');
  });
});
