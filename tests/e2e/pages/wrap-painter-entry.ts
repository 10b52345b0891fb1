/**
 * Browser side of wrap-painter.spec.ts: bundled by Vite in the test and evaluated in the page's
 * main world. It analyses the page with the built-in packs, as the content script does, and paints
 * with the wrapping fallback (`createPainter(doc, { forceWrap: true })`), the painter browsers
 * without `CSS.highlights` get. Nothing here runs in the extension.
 */
import { analyzeText } from '@/utils/core/analyze';
import { builtinLexicon } from '@/utils/core/lexicon/builtin-packs';
import { analyzePage } from '@/utils/page/analyze-page';
import { createPainter, type PaintItem, type Painter } from '@/utils/page/painter';

/** One painted finding: its category, its text in the analysis, and the text its painted range now covers. */
export interface PaintedItem {
  category: string;
  text: string;
  painted: string;
}

/** What the spec calls through `window.framelensWrapTest`. */
export interface WrapTestApi {
  /** Analyses and paints the page; returns the painter's kind and what it painted. */
  paint(): Promise<{ kind: Painter['kind']; items: PaintedItem[] }>;
  /** Removes every mark: the page should be as before `paint`. */
  clear(): void;
}

let painter: Painter | null = null;

const api: WrapTestApi = {
  async paint() {
    const lexicon = builtinLexicon();
    const { analysis, rangeFor } = await analyzePage(document, async (text, meta) => analyzeText(text, lexicon, meta), { url: location.href });
    const items: PaintItem[] = [];
    analysis.findings.forEach((finding, id) => {
      const range = rangeFor(finding.start, finding.end);
      if (range !== null) items.push({ id, category: finding.category, range });
    });
    painter = createPainter(document, { forceWrap: true });
    painter.paint(items);
    const live = painter;
    return {
      kind: live.kind,
      items: items.map(({ id, category }) => ({
        category,
        text: analysis.findings[id]?.text ?? '',
        painted: live.rangeOf(id)?.toString() ?? '',
      })),
    };
  },
  clear() {
    painter?.clear();
    painter = null;
  },
};

Object.assign(window, { framelensWrapTest: api });
