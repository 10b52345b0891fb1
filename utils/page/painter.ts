/**
 * The one way Framelens draws on a page. Two painters sit behind this interface:
 * `highlight-painter.ts` (CSS Custom Highlight API: the page's DOM is never touched)
 * and `wrap-painter.ts` (a fallback for browsers without `CSS.highlights`, which wraps
 * text in `<framelens-mark>` and restores the page exactly on `clear()`).
 */
import type { HighlightCategory } from '@/utils/core/analysis-schema';
import { createHighlightPainter, supportsCustomHighlights } from './highlight-painter';
import { createWrapPainter } from './wrap-painter';

/** One thing to paint: a finding's range in the live page. */
export interface PaintItem {
  /** The finding's index in the analysis. */
  id: number;
  category: HighlightCategory;
  range: Range;
}

/** Draws findings on a page; every call is cheap and never scrolls or reflows the page. */
export interface Painter {
  readonly kind: 'highlight' | 'wrap';
  /** Replaces whatever was painted with `items`. */
  paint(items: readonly PaintItem[]): void;
  /** Hides these categories (one call per toggle; no layout change). */
  setHidden(hidden: ReadonlySet<HighlightCategory>): void;
  /** Master switch: hides or shows every category at once. */
  setEnabled(on: boolean): void;
  /** Draws the keyboard focus ring on one item, or removes it. */
  focus(id: number | null): void;
  /** Marks one item briefly (after "show in page"); `ms` is how long. */
  flash(id: number, ms: number): void;
  /** The live range of an item (the wrap painter splits text nodes, so ranges move). */
  rangeOf(id: number): Range | null;
  /** Removes every highlight and stylesheet; the page is as it was before `paint`. */
  clear(): void;
}

/** Picks the highlight painter where `CSS.highlights` exists, else the wrapping fallback. */
export function createPainter(doc: Document, options: { forceWrap?: boolean; tint?: boolean } = {}): Painter {
  const view = doc.defaultView;
  const tint = options.tint ?? true;
  if (!options.forceWrap && view !== null && supportsCustomHighlights(view)) return createHighlightPainter(doc, view, tint);
  return createWrapPainter(doc, tint);
}

/**
 * A constructed stylesheet adopted by `doc` (no `<style>` element: the page's DOM stays
 * byte-identical). Returns null where constructable stylesheets are unavailable.
 */
export function adoptStyleSheet(doc: Document, css: string): CSSStyleSheet | null {
  const Ctor = doc.defaultView?.CSSStyleSheet;
  if (Ctor === undefined) return null;
  try {
    const sheet = new Ctor();
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return sheet;
  } catch {
    // Older engines and some content-script sandboxes refuse constructed sheets.
    return null;
  }
}

/** Removes a sheet adopted with `adoptStyleSheet`. */
export function dropStyleSheet(doc: Document, sheet: CSSStyleSheet | null): void {
  if (sheet === null) return;
  try {
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
  } catch {
    // Nothing to undo if adopting never worked.
  }
}
