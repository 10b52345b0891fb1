/**
 * Paints with the CSS Custom Highlight API: one `Highlight` per category in
 * `CSS.highlights` (`framelens-actor`, `framelens-term`, …), so a category toggle is one
 * `set`/`delete` call and the page's DOM is never changed. Styles come from an adopted
 * constructed stylesheet (`::highlight()` rules). Spec: https://drafts.csswg.org/css-highlight-api-1/
 */
import type { HighlightCategory } from '@/utils/core/analysis-schema';
import { CATEGORIES, FLASH_HIGHLIGHT, FOCUS_HIGHLIGHT, highlightCss, highlightName } from './highlight-styles';
import { adoptStyleSheet, dropStyleSheet, type PaintItem, type Painter } from './painter';

/** Keyboard focus draws above categories, the flash above everything. */
const FOCUS_PRIORITY = 10;
const FLASH_PRIORITY = 20;

/** The slice of `window` this painter needs. */
export type HighlightWindow = Pick<Window, 'setTimeout' | 'clearTimeout'> & {
  CSS: { highlights?: HighlightRegistry };
  Highlight?: typeof Highlight;
};

/** Whether `view` has the CSS Custom Highlight API (Chrome 105+, Safari 17.2+, Firefox 140+). */
export function supportsCustomHighlights(view: Window): boolean {
  const candidate = view as unknown as Partial<HighlightWindow>;
  return typeof candidate.Highlight === 'function' && candidate.CSS?.highlights !== undefined;
}

/** A painter that draws with `CSS.highlights` in `view`. */
export function createHighlightPainter(doc: Document, view: Window, tint = true): Painter {
  const win = view as unknown as HighlightWindow;
  const registry = win.CSS.highlights as HighlightRegistry;
  const HighlightCtor = win.Highlight as typeof Highlight;
  const byCategory = new Map<HighlightCategory, Highlight>(CATEGORIES.map((c) => [c, new HighlightCtor()]));
  const ranges = new Map<number, Range>();
  let hidden: ReadonlySet<HighlightCategory> = new Set();
  let enabled = true;
  let sheet: CSSStyleSheet | null = null;
  let flashTimer: number | undefined;

  const sync = (): void => {
    for (const category of CATEGORIES) {
      const name = highlightName(category);
      const show = enabled && !hidden.has(category);
      if (show) registry.set(name, byCategory.get(category) as Highlight);
      else registry.delete(name);
    }
  };

  const single = (name: string, range: Range | null, priority: number): void => {
    if (range === null) {
      registry.delete(name);
      return;
    }
    const highlight = new HighlightCtor(range);
    highlight.priority = priority;
    registry.set(name, highlight);
  };

  return {
    kind: 'highlight',
    paint(items: readonly PaintItem[]) {
      if (sheet === null) sheet = adoptStyleSheet(doc, highlightCss(tint));
      ranges.clear();
      for (const highlight of byCategory.values()) highlight.clear();
      for (const item of items) {
        ranges.set(item.id, item.range);
        byCategory.get(item.category)?.add(item.range);
      }
      sync();
    },
    setHidden(next) {
      hidden = new Set(next);
      sync();
    },
    setEnabled(on) {
      enabled = on;
      sync();
      if (!on) {
        registry.delete(FOCUS_HIGHLIGHT);
        registry.delete(FLASH_HIGHLIGHT);
      }
    },
    focus(id) {
      single(FOCUS_HIGHLIGHT, id === null ? null : (ranges.get(id) ?? null), FOCUS_PRIORITY);
    },
    flash(id, ms) {
      single(FLASH_HIGHLIGHT, ranges.get(id) ?? null, FLASH_PRIORITY);
      if (flashTimer !== undefined) win.clearTimeout(flashTimer);
      flashTimer = win.setTimeout(() => registry.delete(FLASH_HIGHLIGHT), ms);
    },
    rangeOf: (id) => ranges.get(id) ?? null,
    clear() {
      for (const category of CATEGORIES) registry.delete(highlightName(category));
      registry.delete(FOCUS_HIGHLIGHT);
      registry.delete(FLASH_HIGHLIGHT);
      if (flashTimer !== undefined) win.clearTimeout(flashTimer);
      for (const highlight of byCategory.values()) highlight.clear();
      ranges.clear();
      dropStyleSheet(doc, sheet);
      sheet = null;
    },
  };
}
