/**
 * Fallback painter for browsers without `CSS.highlights`: wraps each finding's text in
 * `<framelens-mark>` the way Hypothesis' `src/annotator/highlighter.ts` does — split text
 * nodes only at range edges, skip whitespace-only runs, use a custom element that page CSS
 * is unlikely to target. `clear()` unwraps and merges every split back into the original
 * Text node (what mark.js' `unwrapMatches` + `normalize()` do, without merging text nodes
 * the page itself kept apart), so the page's markup is exactly as before.
 *
 * Boundaries are computed before any node is split, so this does not rely on live-range
 * updates (happy-dom, for one, does not update ranges on `splitText`).
 */
import type { HighlightCategory } from '@/utils/core/analysis-schema';
import { MARK_TAG, markCss } from './highlight-styles';
import { adoptStyleSheet, dropStyleSheet, type PaintItem, type Painter } from './painter';

/** A run of one Text node covered by one item. */
interface Piece {
  node: Text;
  from: number;
  to: number;
}

/** A Text node that was split, and the nodes split off it, in document order. */
interface Split {
  original: Text;
  parts: Text[];
}

const SHOW_TEXT = 4;
const WHITESPACE_ONLY = /^\s*$/;

/** The Text-node runs `range` covers, in document order. */
export function textPieces(range: Range): Piece[] {
  const root = range.commonAncestorContainer;
  if (root.nodeType === Node.TEXT_NODE) {
    return range.startOffset < range.endOffset ? [{ node: root as Text, from: range.startOffset, to: range.endOffset }] : [];
  }
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  const pieces: Piece[] = [];
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const text = node as Text;
    if (!range.intersectsNode(text)) continue;
    const from = text === range.startContainer ? range.startOffset : 0;
    const to = text === range.endContainer ? range.endOffset : text.length;
    if (from < to) pieces.push({ node: text, from, to });
  }
  return pieces;
}

/** A painter that wraps text in `<framelens-mark>` elements. */
export function createWrapPainter(doc: Document, tint = true): Painter {
  let marks: HTMLElement[] = [];
  let splits: Split[] = [];
  const ranges = new Map<number, Range>();
  const marksById = new Map<number, HTMLElement[]>();
  let hidden: ReadonlySet<HighlightCategory> = new Set();
  let enabled = true;
  let sheet: CSSStyleSheet | null = null;
  let focused: number | null = null;
  let flashTimer: ReturnType<typeof setTimeout> | undefined;

  const restyle = (): void => {
    const css = markCss(hidden, !enabled, tint);
    if (sheet === null) sheet = adoptStyleSheet(doc, css);
    else sheet.replaceSync(css);
  };

  const setFlag = (id: number | null, flag: string, on: boolean): void => {
    if (id === null) return;
    for (const mark of marksById.get(id) ?? []) {
      if (on) mark.setAttribute(flag, '');
      else mark.removeAttribute(flag);
    }
  };

  const unpaint = (): void => {
    for (const mark of marks.reverse()) {
      const parent = mark.parentNode;
      if (parent === null) continue;
      while (mark.firstChild !== null) parent.insertBefore(mark.firstChild, mark);
      parent.removeChild(mark);
    }
    for (const { original, parts } of splits) {
      for (const part of parts) {
        // Merge only what is still where we left it; a page that rewrote itself keeps its nodes.
        if (part.previousSibling !== original) break;
        original.appendData(part.data);
        part.remove();
      }
    }
    marks = [];
    splits = [];
    ranges.clear();
    marksById.clear();
    focused = null;
  };

  return {
    kind: 'wrap',
    paint(items: readonly PaintItem[]) {
      unpaint();
      restyle();
      // 1. Every boundary, measured on the untouched DOM.
      const pieces = items.map((item) => textPieces(item.range));
      const cuts = new Map<Text, Set<number>>();
      for (const list of pieces) {
        for (const p of list) {
          const set = cuts.get(p.node) ?? new Set<number>();
          set.add(p.from).add(p.to);
          cuts.set(p.node, set);
        }
      }
      // 2. Split each node once per cut, from the end, so earlier offsets stay valid.
      const segmentsOf = new Map<Text, { start: number; node: Text }[]>();
      for (const [node, set] of cuts) {
        const offsets = [...set].filter((o) => o > 0 && o < node.length).sort((a, b) => b - a);
        const tail: { start: number; node: Text }[] = [];
        const parts: Text[] = [];
        for (const offset of offsets) {
          const part = node.splitText(offset);
          tail.unshift({ start: offset, node: part });
          parts.unshift(part);
        }
        if (parts.length > 0) splits.push({ original: node, parts });
        segmentsOf.set(node, [{ start: 0, node }, ...tail]);
      }
      // 3. Wrap each item's segments (a segment two items share is wrapped twice, nested).
      items.forEach((item, index) => {
        const own: HTMLElement[] = [];
        let first: Text | null = null;
        let last: Text | null = null;
        for (const p of pieces[index] ?? []) {
          for (const seg of segmentsOf.get(p.node) ?? []) {
            if (seg.start < p.from || seg.start >= p.to) continue;
            first ??= seg.node;
            last = seg.node;
            if (WHITESPACE_ONLY.test(seg.node.data) || seg.node.parentNode === null) continue;
            const mark = doc.createElement(MARK_TAG);
            mark.setAttribute('data-category', item.category);
            seg.node.parentNode.insertBefore(mark, seg.node);
            mark.appendChild(seg.node);
            own.push(mark);
            marks.push(mark);
          }
        }
        marksById.set(item.id, own);
        if (first !== null && last !== null) {
          const range = doc.createRange();
          range.setStart(first, 0);
          range.setEnd(last, last.length);
          ranges.set(item.id, range);
        }
      });
    },
    setHidden(next) {
      hidden = new Set(next);
      restyle();
    },
    setEnabled(on) {
      enabled = on;
      restyle();
    },
    focus(id) {
      setFlag(focused, 'data-focus', false);
      focused = id;
      setFlag(id, 'data-focus', true);
    },
    flash(id, ms) {
      setFlag(id, 'data-flash', true);
      if (flashTimer !== undefined) clearTimeout(flashTimer);
      flashTimer = setTimeout(() => setFlag(id, 'data-flash', false), ms);
    },
    rangeOf: (id) => ranges.get(id) ?? null,
    clear() {
      if (flashTimer !== undefined) clearTimeout(flashTimer);
      unpaint();
      dropStyleSheet(doc, sheet);
      sheet = null;
    },
  };
}
