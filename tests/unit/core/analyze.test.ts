import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyzeDocument, analyzeText } from '../../../utils/core/analyze';
import { FIXTURE_ARTICLE } from './fixture-article';
import { expectWellFormed, fixtureLexicon } from './fixture-lexicon';

const analysis = analyzeText(FIXTURE_ARTICLE, fixtureLexicon());
const find = (text: string, entryId?: string) => analysis.findings.filter((f) => f.text === text && (!entryId || f.entryId === entryId));

describe('analyzeText on our fixture article', () => {
  it('is a valid Analysis whose findings are slices of the text at their offsets', () => {
    expectWellFormed(analysis);
  });

  it('flags contested "occupied" but not the fully occupied hotel', () => {
    const occupied = analysis.findings.filter((f) => f.entryId === 'occupied');
    expect(occupied.map((f) => f.voice)).toEqual(['reported', 'reported', 'narrator']);
    const hotel = FIXTURE_ARTICLE.indexOf('hotel was fully occupied');
    expect(occupied.some((f) => f.sentence.start <= hotel && hotel < f.sentence.end)).toBe(false);
  });

  it('explains why a term was flagged', () => {
    const [first] = analysis.findings.filter((f) => f.entryId === 'occupied');
    expect(first?.reason.conditions[0]).toMatch(/^a place or an actor of the Karabakh \(test fixture\) pack \("\w+"\) in the same sentence$/);
    expect(first?.rule).toBe('term:occupied/sentence-mentions:place+actor');
    expect(first?.sources?.[0]?.url).toMatch(/^https:/);
  });

  it('reads place names with diacritics and says which name was used', () => {
    expect(find('Xankəndi').map((f) => f.placeName?.name)).toEqual(['Khankendi', 'Khankendi']);
    expect(find('Ağdam')[0]).toMatchObject({ kind: 'place', entryId: 'agdam', voice: 'narrator' });
  });

  it('finds actors by alias, role-prefixed name and later surname', () => {
    expect(find('Ilham Aliyev')[0]).toMatchObject({ entryId: 'ilham-aliyev', role: 'President' });
    expect(find('Aliyev')[0]).toMatchObject({ entryId: 'ilham-aliyev' });
    expect(find('Türkiye')[0]).toMatchObject({ entryId: 'turkey' });
  });

  it('finds unknown people introduced with a role, and unknown speakers', () => {
    expect(find('Anar Guliyev')[0]).toMatchObject({ kind: 'actor', actorType: 'unknown', entryId: 'unknown:anar-guliyev', role: 'spokesman', packId: null });
    expect(find('residents')[0]).toMatchObject({ kind: 'actor', actorType: 'unknown', entryId: 'unknown:residents' });
  });

  it('attributes quotes and reported speech to resolved speakers', () => {
    const quote = analysis.statements?.find((s) => s.text === 'secured new lines');
    expect(quote).toMatchObject({ voice: 'direct-quote', speaker: 'azerbaijan-defence-ministry', side: 'azerbaijan' });
    expect(find('Xankəndi')[0]).toMatchObject({ voice: 'direct-quote', speaker: 'unknown:anar-guliyev' });
    expect(find('liberation')[0]).toMatchObject({ voice: 'direct-quote', speaker: 'ilham-aliyev' });
    expect(find('Artsakh')[0]).toMatchObject({ voice: 'reported', speaker: 'armenia' });
    expect(find('defence council')).toEqual([]);
    expect(analysis.statements?.find((s) => s.text === 'defence council')).toMatchObject({ voice: 'scare-quote', speaker: null });
  });

  it('summarises counts in plain words, without a verdict', () => {
    const { summary } = analysis;
    expect(summary.activePacks).toEqual(['karabakh-mini', 'loaded-mini']);
    expect(summary.termsByVoice).toEqual({ narrator: 3, 'direct-quote': 1, reported: 3, 'scare-quote': 0 });
    expect(summary.narratorAlignment).toEqual([
      { party: 'armenia', label: 'the Armenian side', count: 0 },
      { party: 'azerbaijan', label: 'the Azerbaijani side', count: 1 },
    ]);
    expect(summary.text).toMatch(/^7 contested terms were found \(3 in the narration, 1 in direct quotes, 3 in reported speech\)\./);
    expect(summary.text).not.toMatch(/\b(biased?|propaganda|unfair|slanted)\b/i);
  });
});

describe('analyzeDocument', () => {
  it('detects the article in a page and reads the headline as narrator', () => {
    const paragraphs = FIXTURE_ARTICLE.split('\n\n');
    const html = `<!doctype html><html lang="en"><head><title>Test</title>
      <meta property="og:type" content="article"><meta property="og:site_name" content="Test Wire"></head>
      <body><nav><a href="/">Home</a> <a href="/world">Occupied seats: the parliament guide</a></nav>
      <article><h1>${paragraphs[0]}</h1>${paragraphs.slice(1).map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('')}</article>
      <footer>© Test Wire</footer></body></html>`;
    const { document } = parseHTML(html);
    const result = analyzeDocument(document, fixtureLexicon());
    expectWellFormed(result);
    expect(result.article.site).toBe('Test Wire');
    expect(result.article.text.startsWith(paragraphs[0] ?? '?')).toBe(true);
    expect(result.findings.find((f) => f.entryId === 'so-called')).toMatchObject({ voice: 'narrator', category: 'loaded' });
    expect(result.article.text).not.toMatch(/parliament guide/);
  });
});
