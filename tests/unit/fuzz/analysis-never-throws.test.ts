/**
 * Fuzz: article detection and analysis never throw on random pages and random text, and what
 * they return is well-formed (a valid Analysis; every finding's text is its slice of the text).
 * Pages are parsed with linkedom (as the CLI does) and happy-dom (a browser-like DOM).
 */
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { Analysis } from '@/utils/core/analysis-schema';
import { analyzeDocument, analyzeText } from '@/utils/core/analyze';
import { detectArticle } from '@/utils/core/article';
import { builtinLexicon } from '@/utils/core/lexicon/builtin-packs';
import type { CompiledLexicon } from '@/utils/core/lexicon/compiled-lexicon';
import { fuzzRuns, fuzzTimeout } from './fuzz-settings';
import { pageHtml, randomBody, randomText } from './random-dom';

let lexicon: CompiledLexicon;
beforeAll(() => {
  lexicon = builtinLexicon();
});

function linkedomDoc(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

function happyDomDoc(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** The analysis is schema-valid and each finding quotes its own slice of the text. */
function expectWellFormed(analysis: Analysis): void {
  const parsed = Analysis.safeParse(analysis);
  expect(parsed.success, parsed.success ? '' : parsed.error.message).toBe(true);
  const { text } = analysis.article;
  for (const f of analysis.findings) {
    expect(f.start).toBeLessThan(f.end);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(f.text).toBe(text.slice(f.start, f.end));
  }
}

describe.each([
  ['linkedom', linkedomDoc],
  ['happy-dom', happyDomDoc],
])('on random pages parsed with %s', (_name, parse) => {
  it('detectArticle (plain and forced) and analyzeDocument never throw', () => {
    fc.assert(
      fc.property(randomBody, (body) => {
        const doc = parse(pageHtml(body));
        const plain = detectArticle(doc, { url: 'https://news.example/a' });
        const forced = detectArticle(doc, { force: true });
        expect(forced.text.length).toBeGreaterThanOrEqual(plain.text.length > 0 ? 1 : 0);
        for (const b of forced.blocks) expect(forced.text.slice(b.start, b.end).trim()).not.toBe('');
        expectWellFormed(analyzeDocument(doc, lexicon, { force: true }));
      }),
      fuzzRuns(60),
    );
  }, fuzzTimeout(90_000));
});

describe('on random text', () => {
  it('analyzeText never throws and its findings quote the text', () => {
    fc.assert(
      fc.property(fc.array(randomText, { minLength: 1, maxLength: 12 }), fc.constantFrom('\n\n', ' ', '\n'), (paragraphs, joiner) => {
        expectWellFormed(analyzeText(paragraphs.join(joiner), lexicon));
      }),
      fuzzRuns(200),
    );
  }, fuzzTimeout(90_000));

  it('analyzeText never throws on arbitrary code units (lone surrogates, controls, NUL)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        expectWellFormed(analyzeText(text, lexicon));
      }),
      fuzzRuns(200),
    );
  }, fuzzTimeout(20_000));
});
