import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { detectArticle } from '../../../../utils/core/article';

const linkedom = (html: string): Document => parseHTML(html).document as unknown as Document;

const P = [
  'The harbour trust published its weekly notes on Friday, listing the repairs finished since the ramp reopened.',
  'Most of the work was done at night, the trust said, so that the early ferry could keep to its winter timetable.',
  'The next notes will follow in a fortnight, once the inspection of the northern pier has been completed.',
];

const page = (middle: string): string => `<!doctype html><html><head><title>Harbour notes</title><meta property="og:type" content="article"></head>
  <body><article><h1>Harbour notes</h1><p>${P[0]}</p><p>${P[1]}</p>${middle}<p>${P[2]}</p></article></body></html>`;

describe('selectBody', () => {
  it('keeps a linked sentence between two story paragraphs', () => {
    const sentence = 'Thanks to <a href="/people/jo">Jo Marsh of the harbour trust</a>, <a href="/ramp">the ramp</a> has new lights.';
    const result = detectArticle(linkedom(page(`<p>${sentence}</p>`)));
    expect(result.text).toContain('Thanks to Jo Marsh of the harbour trust, the ramp has new lights.');
    for (const p of P) expect(result.text).toContain(p);
  });

  it('still drops a headline link between two story paragraphs', () => {
    const teaser = '<a href="/other">Storm closes the north pier for a day</a> (earlier)';
    const result = detectArticle(linkedom(page(`<p>${teaser}</p>`)));
    expect(result.text).not.toContain('Storm closes');
  });
});
