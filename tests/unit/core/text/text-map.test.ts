import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import {
  BLOCK_SEPARATOR, TextMapBuilder, appendNodeText, createDomRange, normalizeText, type TextMap,
} from '../../../../utils/core/text/text-map';

/** Build a map over each `<p>` of `html` (one block per paragraph), in a happy-dom document. */
function mapOf(html: string): { doc: Document; map: TextMap; spans: { start: number; end: number }[] } {
  const window = new Window();
  const doc = window.document as unknown as Document;
  doc.body.innerHTML = html;
  const builder = new TextMapBuilder();
  const spans: { start: number; end: number }[] = [];
  for (const p of Array.from(doc.querySelectorAll('p, li, h1'))) {
    builder.beginBlock();
    appendNodeText(builder, p, (el) => el.localName === 'script' || el.getAttribute('aria-hidden') === 'true');
    const span = builder.endBlock();
    if (span !== null) spans.push(span);
  }
  return { doc, map: builder.build(), spans };
}

/** Every `\S+` run of the text, as offsets. */
function words(text: string): { start: number; end: number }[] {
  return Array.from(text.matchAll(/\S+/g), (m) => ({ start: m.index, end: m.index + m[0].length }));
}

const CASES: [string, string, string][] = [
  ['plain paragraphs', '<p>Ceasefire talks resumed.</p><p>Both sides met.</p>', `Ceasefire talks resumed.${BLOCK_SEPARATOR}Both sides met.`],
  ['inline markup', '<p>The <a href="#">militia</a> <em>said</em> it <span><b>withdrew</b></span>.</p>', 'The militia said it withdrew.'],
  ['collapsed whitespace', '<p>  Shelling \n\t continued   overnight  </p>', 'Shelling continued overnight'],
  ['soft hyphens', '<p>Humani\u00adtarian corri\u00addor</p>', 'Humanitarian corridor'],
  ['line breaks', '<p>First line<br>second line<br><br>third</p>', 'First line\nsecond line\nthird'],
  ['whitespace across elements', '<p>A <em> quiet </em> <a>night</a></p>', 'A quiet night'],
  ['NBSP and zero-width', '<p>12\u00a0km\u200b north</p>', '12 km north'],
  ['nested block in a list item', '<ul><li>Aid<div>convoys</div>arrived</li></ul>', 'Aid convoys arrived'],
  ['skipped elements', '<p>Talks<script>var x = 1;</script> ended <span aria-hidden="true">icon</span>early.</p>', 'Talks ended early.'],
  ['non-BMP characters', '<p>Flag 🇺🇦 raised 𝒜 here</p>', 'Flag 🇺🇦 raised 𝒜 here'],
];

describe('TextMapBuilder', () => {
  it.each(CASES)('builds the text of %s', (_name, html, expected) => {
    expect(mapOf(html).map.text).toBe(expected);
  });

  it.each(CASES)('round-trips every word of %s through a DOM Range', (_name, html) => {
    const { doc, map } = mapOf(html);
    for (const { start, end } of words(map.text)) {
      const spec = map.rangeFor(start, end);
      expect(spec).not.toBeNull();
      if (spec === null) continue;
      const range = createDomRange(doc, spec);
      expect(normalizeText(range.toString())).toBe(map.text.slice(start, end));
    }
  });

  it('round-trips spans that cross element and block boundaries', () => {
    const { doc, map } = mapOf('<p>The <a>UN envoy</a> visited <em>Kha\u00adrkiv</em>.</p><p>Then she left.</p>');
    const start = map.text.indexOf('envoy');
    const end = map.text.indexOf('she') + 3;
    const spec = map.rangeFor(start, end);
    expect(spec).not.toBeNull();
    if (spec === null) return;
    expect(normalizeText(createDomRange(doc, spec).toString())).toBe('envoy visited Kharkiv.Then she');
    expect(map.text.slice(start, end)).toBe(`envoy visited Kharkiv.${BLOCK_SEPARATOR}Then she`);
  });

  it('reports block spans that slice to each block', () => {
    const { map, spans } = mapOf('<p> One </p><p></p><p>Two <br></p>');
    expect(spans.map((s) => map.text.slice(s.start, s.end))).toEqual(['One', 'Two']);
  });

  it('maps separators to the next character and empty spans to null', () => {
    const { map } = mapOf('<p>ab</p><p>cd</p>');
    const next = map.locate(2);
    expect(next?.node.data).toBe('cd');
    expect(next?.offset).toBe(0);
    expect(map.rangeFor(2, 4)).toBeNull();
    expect(map.rangeFor(3, 3)).toBeNull();
  });

  it('works on a linkedom document (Node, no browser globals)', () => {
    const { document } = parseHTML('<html><body><p>Hello <b>wide</b>\u00a0world</p></body></html>');
    const builder = new TextMapBuilder();
    builder.beginBlock();
    appendNodeText(builder, document.querySelector('p') as Element, () => false);
    builder.endBlock();
    const map = builder.build();
    expect(map.text).toBe('Hello wide world');
    const spec = map.rangeFor(6, 10);
    expect(spec?.startNode.data).toBe('wide');
    expect([spec?.startOffset, spec?.endOffset]).toEqual([0, 4]);
  });
});

describe('normalizeText', () => {
  it('collapses whitespace and drops invisible characters', () => {
    expect(normalizeText(' a\u00ad b\n\u00a0c\u200b ')).toBe('a b c');
  });
});
