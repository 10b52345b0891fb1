import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { detectArticle } from '../../../../utils/core/article';
import { collectBlocks } from '../../../../utils/core/article/blocks';

const linkedom = (html: string): Document => parseHTML(html).document as unknown as Document;

const INTRO = [
  'The harbour trust published the first figures for the winter timetable on Monday, three weeks after the ramp reopened.',
  'Crossings on the early boat were the busiest, the trust said, with delivery vans making up most of the traffic:',
];
const ROWS = [['Crossing', 'Cars', 'Vans'], ['07:10', '12', '28'], ['09:40', '9', '14'], ['13:15', '7', '6']];
const table = `<table><thead><tr>${ROWS[0]!.map((c) => `<th>${c}</th>`).join('')}</tr></thead><tbody>${ROWS.slice(1)
  .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>`;

describe('collectBlocks', () => {
  it('reads a table row of inline cells as one block', () => {
    const doc = linkedom(`<!doctype html><html><body>${table}</body></html>`);
    expect(collectBlocks(doc.documentElement).map((b) => b.text)).toEqual(ROWS.map((r) => r.join(' ')));
  });

  it('counts a block inside a link as linked text (a teaser card: headline and blurb in one <a>)', () => {
    const doc = linkedom('<!doctype html><html><body><a href="/other"><h3>Storm closes the north pier</h3><p>The pier stays shut until the engineers have checked the pilings.</p></a></body></html>');
    const blocks = collectBlocks(doc.documentElement);
    expect(blocks.map((b) => [b.linkChars, b.leadingLinkChars])).toEqual(blocks.map((b) => [b.text.length, b.text.length]));
  });

  it.each([['javascript:'], [null]])('does not count a link with href %s as linked text', (href) => {
    const attr = href === null ? '' : ` href="${href}"`;
    const doc = linkedom(`<!doctype html><html><body><a${attr}><p>The pier stays shut until Friday.</p></a></body></html>`);
    expect(collectBlocks(doc.documentElement)[0]?.linkChars).toBe(0);
  });

  it('still splits a layout table whose cells hold paragraphs', () => {
    const doc = linkedom('<!doctype html><html><body><table><tr><td><p>First column text.</p></td><td><p>Second column text.</p></td></tr></table></body></html>');
    expect(collectBlocks(doc.documentElement).map((b) => b.text)).toEqual(['First column text.', 'Second column text.']);
  });
});

describe('detectArticle with a data table', () => {
  it('keeps the rows of a table that ends the story', () => {
    const html = `<!doctype html><html><head><title>Ferry figures</title><meta property="og:type" content="article"></head><body>
      <article><h1>Ferry figures</h1>${INTRO.map((p) => `<p>${p}</p>`).join('')}${table}</article>
      <div class="share-tools"><a href="#">Share</a></div></body></html>`;
    const result = detectArticle(linkedom(html), { force: true });
    for (const p of INTRO) expect(result.text).toContain(p);
    for (const row of ROWS) expect(result.text.replace(/\s+/g, ' ')).toContain(row.join(' '));
  });

  describe('headings linked to places on the same page', () => {
    const para = (n: number): string => `<p>Part ${n}: the crew replaced another section of the ramp and found the old pilings in better shape than the survey had suggested.</p>`;
    const section = (id: string, title: string, n: number): string =>
      `<h2 id="${id}"><a href="#${id}">${title}</a><a class="headerlink" href="#${id}">¶</a></h2>${para(n)}${para(n + 1)}`;
    const html = `<!doctype html><html><head><title>Ramp repairs</title><meta property="og:type" content="article"></head><body>
      <article><h1>Ramp repairs</h1>${para(0)}<ul><li><a href="#pilings">The pilings</a></li><li><a href="#deck">The deck</a></li></ul>
      ${section('pilings', 'The pilings', 1)}${section('deck', 'The deck', 3)}${section('lights', 'The lights', 5)}</article></body></html>`;

    it('counts a heading linked only to #fragments (its permalink) as plain text, so it stays between story paragraphs', () => {
      const result = detectArticle(linkedom(html));
      for (const t of ['The pilings¶', 'The deck¶', 'The lights¶']) expect(result.text).toContain(t);
      const heading = collectBlocks(linkedom(html).documentElement).find((b) => b.text === 'The deck¶');
      expect(heading?.linkChars).toBe(0);
    });

    it('still counts a contents list of #fragment links, and a heading linked to another page, as linked text', () => {
      const blocks = collectBlocks(linkedom(`${html}<h2><a href="/other">Storm closes the pier</a></h2>`).documentElement);
      const item = blocks.find((b) => b.text === 'The pilings' && b.kind === 'list-item');
      const away = blocks.find((b) => b.text === 'Storm closes the pier');
      expect(item?.linkChars).toBe(item?.text.length);
      expect(away?.linkChars).toBe(away?.text.length);
    });
  });
});
