import { describe, expect, it } from 'vitest';
import { toWebAnnotations } from '@/utils/core/export/web-annotations';
import { toWebAnnotations as cliToWebAnnotations } from '@/cli/report-w3c';
import { ANALYSIS, TEXT } from '../../components/sample';

describe('toWebAnnotations', () => {
  const collection = toWebAnnotations(ANALYSIS, 'urn:test');

  it('is one AnnotationCollection with an Annotation per finding', () => {
    expect(collection).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'urn:test#framelens',
      type: 'AnnotationCollection',
      label: 'Framelens findings for “Fighting in Karabakh”',
      total: ANALYSIS.findings.length,
      first: { type: 'AnnotationPage', startIndex: 0 },
    });
    expect(collection.first.items.map((item) => item.id)).toEqual(ANALYSIS.findings.map((_f, i) => `urn:test#framelens-${i + 1}`));
  });

  it('targets each finding by quote (with 32 characters of context) and by position in the article text', () => {
    const [first] = collection.first.items;
    expect(first?.target).toEqual({
      source: 'https://example.org/a',
      selector: [
        { type: 'TextQuoteSelector', exact: 'occupied', prefix: TEXT.slice(0, 19), suffix: TEXT.slice(27, 59) },
        { type: 'TextPositionSelector', start: 19, end: 27 },
      ],
    });
  });

  it('tags the entry and describes the voice and the rule', () => {
    const quoted = collection.first.items[2];
    expect(quoted?.body).toEqual([
      { type: 'TextualBody', value: 'term: occupied [karabakh]', purpose: 'tagging' },
      { type: 'TextualBody', value: 'Voice: direct-quote (the Defence Ministry). test', purpose: 'describing', format: 'text/plain' },
    ]);
  });

  it('falls back to the source id for an article without URL or title', () => {
    const bare = toWebAnnotations({ ...ANALYSIS, article: { ...ANALYSIS.article, url: null, title: null } }, 'urn:framelens:article');
    expect(bare.label).toBe('Framelens findings');
    expect(bare.first.items[0]?.target.source).toBe('urn:framelens:article');
  });

  it('is what the CLI re-exports', () => {
    expect(cliToWebAnnotations).toBe(toWebAnnotations);
  });
});
