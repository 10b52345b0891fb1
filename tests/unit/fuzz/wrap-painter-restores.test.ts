/**
 * Fuzz: the fallback highlighter (wrap-painter.ts, for browsers without `CSS.highlights`) leaves
 * a random page exactly as it found it after painting and clearing 100 times: the same nodes
 * (object identity), in the same places, with the same text and attributes, and no Text node
 * left split. While painted, the page's text is unchanged (marks only wrap it).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { HighlightCategory } from '@/utils/core/analysis-schema';
import { analyzeText } from '@/utils/core/analyze';
import { detectArticle } from '@/utils/core/article';
import { builtinLexicon } from '@/utils/core/lexicon/builtin-packs';
import type { CompiledLexicon } from '@/utils/core/lexicon/compiled-lexicon';
import { createDomRange, type DomRangeSpec } from '@/utils/core/text/text-map';
import type { PaintItem } from '@/utils/page/painter';
import { createWrapPainter } from '@/utils/page/wrap-painter';
import { fuzzRuns, fuzzTimeout } from './fuzz-settings';
import { pageHtml, randomBody } from './random-dom';

const TOGGLES = 100;
const CATEGORIES: HighlightCategory[] = ['actor', 'term', 'place', 'loaded'];

let lexicon: CompiledLexicon;
beforeAll(() => {
  lexicon = builtinLexicon();
});

/** Every node under `root` in order: the node itself (for identity) and a line describing it. */
function snapshot(root: Node): { nodes: Node[]; lines: string[] } {
  const nodes: Node[] = [];
  const lines: string[] = [];
  const walk = (node: Node, depth: number): void => {
    nodes.push(node);
    if (node.nodeType === Node.ELEMENT_NODE) {
      const el = node as Element;
      const attrs = Array.from(el.attributes, (a) => `${a.name}=${JSON.stringify(a.value)}`).join(' ');
      lines.push(`${depth} <${el.localName} ${attrs}>`);
    } else {
      lines.push(`${depth} #${node.nodeType} ${JSON.stringify((node as CharacterData).data ?? '')}`);
    }
    for (let c = node.firstChild; c !== null; c = c.nextSibling) walk(c, depth + 1);
  };
  walk(root, 0);
  return { nodes, lines };
}

/** A small deterministic generator, so one fast-check integer drives all 100 rounds. */
function lcg(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

describe('wrap painter on random pages', () => {
  it(`restores the DOM exactly after ${TOGGLES} paint/clear rounds`, () => {
    let painted = 0;
    fc.assert(
      fc.property(randomBody, fc.integer(), fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 12 }), (body, seed, extra) => {
        document.documentElement.innerHTML = pageHtml(body).replace(/^<!doctype html><html>|<\/html>$/g, '');
        const detection = detectArticle(document, { force: true });
        const { text, map } = detection;
        // Findings' spans, plus random spans of the text (overlapping, nested, across blocks).
        const spans = analyzeText(text, lexicon).findings.map((f) => [f.start, f.end] as const);
        if (text.length > 0) for (const [a, b] of extra) spans.push([Math.min(a, b) % text.length, (Math.max(a, b) % text.length) + 1]);
        const specs = spans.map(([s, e]) => map.rangeFor(s, e)).filter((s): s is DomRangeSpec => s !== null);
        const before = snapshot(document.documentElement);
        const textBefore = document.documentElement.textContent;
        const random = lcg(seed);
        const painter = createWrapPainter(document);
        for (let round = 0; round < TOGGLES; round++) {
          const items: PaintItem[] = specs
            .filter(() => random() < 0.6)
            .map((spec, id) => ({ id, category: CATEGORIES[Math.floor(random() * CATEGORIES.length)] as HighlightCategory, range: createDomRange(document, spec) }));
          painter.paint(items);
          if (random() < 0.2) painter.paint(items); // repainting replaces, never stacks
          if (items.length > 0) painted++;
          expect(document.documentElement.textContent).toBe(textBefore);
          painter.clear();
          if (round % 10 === 9) expect(snapshot(document.documentElement).lines).toEqual(before.lines);
        }
        const after = snapshot(document.documentElement);
        expect(after.lines).toEqual(before.lines);
        expect(after.nodes.length).toBe(before.nodes.length);
        after.nodes.forEach((node, i) => expect(node === before.nodes[i], `node ${i} (${after.lines[i]}) was replaced`).toBe(true));
        expect(document.querySelector('framelens-mark')).toBeNull();
      }),
      fuzzRuns(20),
    );
    expect(painted).toBeGreaterThan(500);
  }, fuzzTimeout(120_000));
});
