/**
 * What a careful reader expects the built-in packs to find on real articles: the demo
 * article (always) and the seed article (when ../shared is present). These are the
 * packs' acceptance tests; the core's own acceptance tests use small fixture packs.
 * Expectations were written by reading each article, sentence by sentence.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyzeDocument, analyzeText } from '../../../utils/core/analyze';
import type { Analysis, Finding } from '../../../utils/core/analysis-schema';
import { builtinLexicon } from '../../../utils/core/lexicon/builtin-packs';

const ROOT = join(import.meta.dirname, '../../..');
const DEMO = join(ROOT, 'tests/fixtures/pages/demo/source.html');
const SEED_TXT = join(ROOT, '../shared/seed/karabakh-2020-article.txt');
const SEED_HTML = join(ROOT, '../shared/seed/karabakh-2020-article.html');

const lexicon = builtinLexicon();

function analyseHtml(file: string): Analysis {
  const { document } = parseHTML(readFileSync(file, 'utf8'));
  return analyzeDocument(document as unknown as Document, lexicon);
}

/** The findings of one kind whose text matches `text` exactly (case-insensitive). */
function named(analysis: Analysis, kind: Finding['kind'], text: string): Finding[] {
  return analysis.findings.filter((f) => f.kind === kind && f.text.toLowerCase() === text.toLowerCase());
}

describe('built-in packs on the demo article', () => {
  const analysis = analyseHtml(DEMO);

  it('switches on the Karabakh pack, and no other conflict pack', () => {
    const conflictPacks = analysis.summary.activePacks.filter((p) => p !== 'loaded-language' && p !== 'outlets');
    expect(conflictPacks).toEqual(['karabakh']);
  });

  it.each([
    ['liberated', 'direct-quote'],
    ['occupation', 'direct-quote'],
    ['so-called', 'direct-quote'],
    ['occupying', 'narrator'],
  ] as const)('finds "%s" in the voice of the %s', (word, voice) => {
    const found = named(analysis, 'term', word);
    expect(found.length, `no term finding for "${word}"`).toBeGreaterThan(0);
    expect(found.map((f) => f.voice)).toContain(voice);
  });

  it('attributes the quoted "liberated" to Azerbaijan\'s Defence Ministry', () => {
    const [liberated] = named(analysis, 'term', 'liberated');
    expect(liberated?.speakerText ?? '').toMatch(/Defence Ministry/);
  });

  it('recognises both names of Stepanakert/Khankendi as one place, and Hadrut', () => {
    const ids = new Set([...named(analysis, 'place', 'Stepanakert'), ...named(analysis, 'place', 'Khankendi')].map((f) => f.entryId));
    expect(ids.size).toBe(1);
    expect(named(analysis, 'place', 'Hadrut').length).toBeGreaterThan(0);
  });

  it.each(['Armenia', 'Azerbaijan', 'Shushan Stepanyan', 'Arayik Harutyunyan', 'Emmanuel Macron', 'Turkey'])(
    'finds %s as a known actor',
    (name) => {
      const found = analysis.findings.filter((f) => f.kind === 'actor' && f.text.includes(name) && f.packId !== null);
      expect(found.length, `no actor finding for ${name}`).toBeGreaterThan(0);
    },
  );

  it('finds the OSCE Minsk Group as an actor', () => {
    expect(analysis.findings.some((f) => f.kind === 'actor' && /Minsk Group/.test(f.text))).toBe(true);
  });

  it('highlights nothing outside the story: sidebar, teasers, caption', () => {
    for (const outside of ['fully occupied', 'READ MORE', 'villages liberated as fighting', 'quiet quitting', 'Photo:']) {
      expect(analysis.article.text).not.toContain(outside);
    }
  });
});

describe.skipIf(!existsSync(SEED_TXT))('built-in packs on the seed article (text)', () => {
  const get = (() => {
    let cached: Analysis | null = null;
    return () => (cached ??= analyzeText(readFileSync(SEED_TXT, 'utf8'), lexicon));
  })();

  it('finds every occupied/occupation/occupying, liberated, self-styled and so-called', () => {
    const text = get().article.text;
    const words = /\b(occupied|occupation|occupying|liberated|self-styled|so-called)\b/gi;
    const expected = [...text.matchAll(words)].filter((m) => !/hotel/i.test(text.slice(m.index - 40, m.index)));
    const found = get().findings.filter((f) => f.kind === 'term');
    for (const m of expected) {
      const hit = found.some((f) => f.start <= m.index && f.end >= m.index + m[0].length);
      expect(hit, `"${m[0]}" at ${m.index} is not found: …${text.slice(m.index - 40, m.index + 30)}…`).toBe(true);
    }
  });

  it('recognises Madagiz and Sugovushan as one place', () => {
    const ids = new Set([...named(get(), 'place', 'Madagiz'), ...named(get(), 'place', 'Sugovushan')].map((f) => f.entryId));
    expect(ids.size).toBe(1);
  });

  it.each(['Aliyev', 'Macron', 'Harutyunyan', 'Stepanyan', 'Khatibzadeh', 'Minsk Group', 'Security Council', 'Iran', 'Turkey', 'Armenia', 'Azerbaijan'])(
    'finds %s as a known actor',
    (name) => {
      expect(get().findings.some((f) => f.kind === 'actor' && f.text.includes(name) && f.packId !== null)).toBe(true);
    },
  );
});

describe.skipIf(!existsSync(SEED_HTML))('built-in packs on the seed page (HTML)', () => {
  it('never highlights the unrelated "occupied" in the Most read sidebar', () => {
    const analysis = analyseHtml(SEED_HTML);
    for (const f of analysis.findings) {
      expect(analysis.article.text.slice(f.sentence.start, f.sentence.end)).not.toMatch(/hotel|rooms/i);
    }
    expect(analysis.findings.some((f) => f.kind === 'term' && /occup/i.test(f.text))).toBe(true);
  });
});
