import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtinLexicon } from '@/utils/core/lexicon/builtin-packs';
import type { CompiledLexicon } from '@/utils/core/lexicon/compiled-lexicon';
import { analyzeText } from '@/utils/core/analyze';
import { analyzePage } from '@/utils/page/analyze-page';

const DEMO = path.resolve(import.meta.dirname, '../../fixtures/pages/demo/source.html');
let lexicon: CompiledLexicon;

beforeAll(() => {
  lexicon = builtinLexicon();
});

describe('analyzePage on the demo article', () => {
  it('maps every finding to a DOM range holding exactly its text, inside the article', async () => {
    document.documentElement.innerHTML = new DOMParser()
      .parseFromString(fs.readFileSync(DEMO, 'utf8'), 'text/html')
      .documentElement.innerHTML;
    const { analysis, detection, rangeFor } = await analyzePage(document, async (text, meta) => analyzeText(text, lexicon, meta), { url: 'http://127.0.0.1/demo' });
    expect(detection.isArticle).toBe(true);
    expect(analysis.findings.length).toBeGreaterThan(5);
    for (const f of analysis.findings) {
      const range = rangeFor(f.start, f.end);
      expect(range?.toString().replace(/\s+/g, ' ')).toBe(f.text);
      const el = range?.startContainer.parentElement;
      // The "Most read" sidebar and other page furniture are never highlighted.
      expect(el?.closest('aside, nav, footer, header.site-header')).toBeNull();
    }
  });
});

describe('analyzePage on a page without an article', () => {
  it('never asks for an analysis', async () => {
    document.documentElement.innerHTML = '<head><title>Hours</title></head><body><p>Open at nine.</p></body>';
    let built = false;
    const { analysis } = await analyzePage(document, async (text, meta) => {
      built = true;
      return analyzeText(text, lexicon, meta);
    }, { url: 'http://127.0.0.1/plain' });
    expect(analysis.article.detected).toBe(false);
    expect(analysis.findings).toEqual([]);
    expect(built).toBe(false);
  });
});
