/**
 * Bugs the fuzz tests found, each pinned by its shrunk counterexample, so they stay fixed
 * whatever sample the fuzzer draws next.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeText } from '@/utils/core/analyze';
import { builtinLexicon } from '@/utils/core/lexicon/builtin-packs';
import type { CompiledLexicon } from '@/utils/core/lexicon/compiled-lexicon';
import { MAX_SENTENCE_TOKENS, splitSentences } from '@/utils/core/text/sentences';
import { tokenize } from '@/utils/core/text/tokenize';

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

  it('a text with no sentence end is cut into bounded sentences that still cover every token', () => {
    // Found by huge-text-node: a 1 MB paragraph of lower-case sentence starts was one sentence, and
    // quote attribution and speaker lookup per sentence made its analysis take over a minute.
    const text = 'the spokesman said “no” and the ministry said '.repeat(200);
    const tokens = tokenize(text);
    const sentences = splitSentences(text, tokens);
    expect(sentences.length).toBeGreaterThan(1);
    expect(Math.max(...sentences.map((s) => s.endToken - s.firstToken))).toBeLessThanOrEqual(MAX_SENTENCE_TOKENS);
    sentences.forEach((s, i) => expect(s.firstToken).toBe(i === 0 ? 0 : sentences[i - 1]?.endToken));
    expect(sentences.at(-1)?.endToken).toBe(tokens.length);
  });
});
