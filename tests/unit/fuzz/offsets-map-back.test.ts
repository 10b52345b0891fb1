/**
 * Fuzz: offsets always map back. On random pages (linkedom and happy-dom), for random spans of
 * the detected article text and for every finding, the DOM span the text map gives shows exactly
 * the span's characters. The oracle (visible-text.ts) reads the Text nodes themselves; spaces are
 * compared loosely only because the map writes a space or "\n\n" where blocks meet, which has
 * no character in the DOM.
 */
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeText } from '@/utils/core/analyze';
import { detectArticle } from '@/utils/core/article';
import { builtinLexicon } from '@/utils/core/lexicon/builtin-packs';
import type { CompiledLexicon } from '@/utils/core/lexicon/compiled-lexicon';
import { BLOCK_SEPARATOR, createDomRange, type DomRangeSpec, type TextMap } from '@/utils/core/text/text-map';
import { fuzzRuns, fuzzTimeout } from './fuzz-settings';
import { pageHtml, randomBody } from './random-dom';
import { textNodes, visibleText, withoutSpaces } from './visible-text';

let lexicon: CompiledLexicon;
beforeAll(() => {
  lexicon = builtinLexicon();
});

/** Each DOM, and whether it has real Ranges (linkedom's have no setStart; the CLI needs none). */
const PARSERS: [string, (html: string) => Document, boolean][] = [
  ['linkedom', (html) => parseHTML(html).document as unknown as Document, false],
  // The window's own document: happy-dom's ranges misorder end points in DOMParser documents.
  ['happy-dom', (html) => {
    document.documentElement.innerHTML = html.replace(/^<!doctype html><html>|<\/html>$/g, '');
    return document;
  }, true],
];

/** Random fractions, turned into offsets once the text length is known. */
const fractions = fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })), { minLength: 1, maxLength: 20 });

function spanIn(from: number, to: number, [a, b]: [number, number]): [number, number] {
  const x = from + Math.floor(a * (to - from));
  const y = from + Math.floor(b * (to - from));
  return x <= y ? [x, y + 1 > to ? to : y + 1] : [y, x];
}

/** The DOM span for text[start, end) shows exactly those characters. */
function expectMapsBack(doc: Document, map: TextMap, start: number, end: number): DomRangeSpec | null {
  const slice = map.text.slice(start, end);
  const spec = map.rangeFor(start, end);
  if (withoutSpaces(slice) === '') return spec;
  expect(spec, `no DOM span for ${JSON.stringify(slice)}`).not.toBeNull();
  if (spec === null) return null;
  expect(withoutSpaces(visibleText(doc, spec))).toBe(withoutSpaces(slice));
  return spec;
}

describe.each(PARSERS)('text map on random pages (%s)', (_name, parse, hasRanges) => {
  it('every random span inside a block maps to a DOM span showing exactly its text', () => {
    fc.assert(
      fc.property(randomBody, fractions, (body, spans) => {
        const doc = parse(pageHtml(body));
        const { map, blocks } = detectArticle(doc, { force: true });
        blocks.forEach((block, i) => {
          const [start, end] = spanIn(block.start, block.end, spans[i % spans.length] as [number, number]);
          const spec = expectMapsBack(doc, map, start, end);
          if (spec !== null && hasRanges) {
            const range = createDomRange(doc, spec);
            expect(range.startContainer).toBe(spec.startNode);
            expect(range.endOffset).toBe(spec.endOffset);
          }
        });
        // A whole block shows its whole text: no character is lost or invented.
        for (const block of blocks) expectMapsBack(doc, map, block.start, block.end);
      }),
      fuzzRuns(60),
    );
  }, fuzzTimeout(90_000));

  it('a span across blocks starts and ends on the right characters', () => {
    fc.assert(
      fc.property(randomBody, fractions, (body, spans) => {
        const doc = parse(pageHtml(body));
        const { map, text } = detectArticle(doc, { force: true });
        if (text.length === 0) return;
        const order = new Map(textNodes(doc).map((n, i) => [n.node, i]));
        for (const fraction of spans) {
          const [start, end] = spanIn(0, text.length, fraction);
          const parts = text.slice(start, end).split(BLOCK_SEPARATOR).map(withoutSpaces);
          const spec = map.rangeFor(start, end);
          if (parts.every((p) => p === '')) continue;
          expect(spec).not.toBeNull();
          if (spec === null) continue;
          // The headline leads the text even when the page puts it later; such a span has no forward DOM range.
          if ((order.get(spec.startNode) ?? 0) > (order.get(spec.endNode) ?? 0)) continue;
          const shown = withoutSpaces(visibleText(doc, spec));
          expect(shown.startsWith(parts.find((p) => p !== '') ?? '')).toBe(true);
          expect(shown.endsWith(parts.findLast((p) => p !== '') ?? '')).toBe(true);
        }
      }),
      fuzzRuns(60),
    );
  }, fuzzTimeout(90_000));

  it("every finding's DOM span shows exactly the finding's text", () => {
    let findings = 0;
    fc.assert(
      fc.property(randomBody, (body) => {
        const doc = parse(pageHtml(body));
        const detection = detectArticle(doc, { force: true });
        const analysis = analyzeText(detection.text, lexicon);
        for (const f of analysis.findings) {
          findings++;
          expect(f.text).toBe(detection.text.slice(f.start, f.end));
          expect(f.text).not.toContain(BLOCK_SEPARATOR);
          expectMapsBack(doc, detection.map, f.start, f.end);
        }
      }),
      fuzzRuns(60),
    );
    // The generator mixes in pack words, so the sample must hold findings to check.
    expect(findings).toBeGreaterThan(50);
  }, fuzzTimeout(90_000));
});
