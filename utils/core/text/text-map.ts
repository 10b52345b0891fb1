/**
 * Flat text of a set of DOM text nodes, and a map from every text offset back to the
 * live DOM (mark.js' `{text, nodes:[{start,end,node}]}` idea, written for our rules).
 *
 * Normalisation, applied the same way by `normalizeText` so tests can compare a DOM
 * Range's `toString()` with a slice of `text`:
 * - runs of whitespace (incl. NBSP) collapse to one space, none at a block's edges;
 * - soft hyphens and zero-width characters disappear;
 * - `<br>` becomes "\n"; blocks are separated by BLOCK_SEPARATOR;
 * - a nested block element inside a block (a `<div>` in a `<li>`) is a word boundary.
 */
import { MAX_TREE_DEPTH } from './tree-depth';

/** Between two blocks in `text`. */
export const BLOCK_SEPARATOR = '\n\n';
/** Collapsible whitespace: HTML's ASCII set plus NBSP, which news CMSs scatter between words. */
const WHITESPACE = /[ \t\n\r\f\u00a0]/;
/** Invisible characters dropped from the text: soft hyphen, zero-width space/joiners, BOM. */
const INVISIBLE = /\u00ad|\u200b|\u200c|\u200d|\u2060|\ufeff/;
/** Tags that end a word when nested inside a block (rendered on their own line). */
const INNER_BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'figure', 'footer', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'header', 'hr', 'li', 'ol', 'p', 'pre', 'section', 'table', 'td', 'th', 'tr', 'ul',
]);
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** A run of `text` that comes from one Text node. */
export interface TextSegment {
  /** Offset in `text` of the first character. */
  start: number;
  /** Offset in `text` after the last character. */
  end: number;
  node: Text;
  /** offsets[i] = offset in `node` where character `start + i` begins. */
  offsets: number[];
  /** Offset in `node` after the last character (includes skipped invisible characters). */
  endOffset: number;
}

/** A position in the live DOM. */
export interface DomPoint {
  node: Text;
  offset: number;
}

/** The DOM end points of a text span; `createDomRange` turns it into a real Range. */
export interface DomRangeSpec {
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
}

/** Flat text plus its map back to the DOM. */
export interface TextMap {
  readonly text: string;
  readonly segments: readonly TextSegment[];
  /** The DOM point where the character at `offset` starts; separators map to the next real character. */
  locate(offset: number): DomPoint | null;
  /** DOM end points covering text[start, end), or null when the span holds no mapped character. */
  rangeFor(start: number, end: number): DomRangeSpec | null;
}

/** Collapse whitespace and drop invisible characters the way TextMap does (trimmed). */
export function normalizeText(raw: string): string {
  return raw
    .replace(/\u00ad|\u200b|\u200c|\u200d|\u2060|\ufeff/g, '')
    .replace(/[ \t\n\r\f\u00a0]+/g, ' ')
    .trim();
}

/** Offset span of one block in the built text. */
export interface BlockSpan {
  start: number;
  end: number;
}

/** Accumulates blocks of DOM text into one string and its map. */
export class TextMapBuilder {
  private chars: string[] = [];
  private segments: TextSegment[] = [];
  private current: TextSegment | null = null;
  private pendingSpace: DomPoint | 'virtual' | null = null;
  private blockStart = -1;
  private blockHasText = false;
  private lastWasBreak = false;

  /** Start a block; the separator is written lazily, when the block gets its first character. */
  beginBlock(): void {
    this.blockStart = -1;
    this.blockHasText = false;
    this.pendingSpace = null;
    this.lastWasBreak = false;
  }

  /** End the block; returns its span, or null when it stayed empty. */
  endBlock(): BlockSpan | null {
    this.pendingSpace = null;
    if (!this.blockHasText) return null;
    // A trailing <br> leaves "\n" at the end: drop it.
    let end = this.chars.length;
    while (end > this.blockStart && this.chars[end - 1] === '\n') end--;
    this.chars.length = end;
    this.current = null;
    return { start: this.blockStart, end };
  }

  /** Append a Text node's characters to the open block. */
  appendText(node: Text): void {
    const data = node.data;
    for (let i = 0; i < data.length; i++) {
      const ch = data[i] as string;
      if (INVISIBLE.test(ch)) continue;
      if (WHITESPACE.test(ch)) {
        if (this.pendingSpace === null || this.pendingSpace === 'virtual') this.pendingSpace = { node, offset: i };
        continue;
      }
      this.flushSpace();
      this.emit(ch, node, i, i + 1);
    }
  }

  /** A `<br>`: a newline inside the block (never at its edges, never doubled). */
  appendLineBreak(): void {
    this.pendingSpace = null;
    if (!this.blockHasText || this.lastWasBreak) return;
    this.chars.push('\n');
    this.current = null;
    this.lastWasBreak = true;
  }

  /** A word boundary with no character of its own in the DOM (a nested block element). */
  appendSoftBreak(): void {
    if (this.pendingSpace === null) this.pendingSpace = 'virtual';
  }

  /** The finished map. */
  build(): TextMap {
    return createTextMap(this.chars.join(''), this.segments);
  }

  private flushSpace(): void {
    const space = this.pendingSpace;
    this.pendingSpace = null;
    if (space === null || !this.blockHasText || this.lastWasBreak) return;
    if (space === 'virtual') {
      this.chars.push(' ');
      this.current = null;
    } else {
      this.emit(' ', space.node, space.offset, space.offset + 1);
    }
  }

  private emit(ch: string, node: Text, from: number, to: number): void {
    if (!this.blockHasText) {
      // One array entry per UTF-16 unit, so chars.length is always the text offset.
      if (this.chars.length > 0) for (const c of BLOCK_SEPARATOR) this.chars.push(c);
      this.blockStart = this.chars.length;
      this.blockHasText = true;
      this.current = null;
    }
    this.lastWasBreak = false;
    const offset = this.chars.length;
    const seg = this.current;
    if (seg !== null && seg.node === node && seg.end === offset) {
      seg.offsets.push(from);
      seg.end = offset + 1;
      seg.endOffset = to;
    } else {
      this.current = { start: offset, end: offset + 1, node, offsets: [from], endOffset: to };
      this.segments.push(this.current);
    }
    this.chars.push(ch);
  }
}

/** Build the TextMap object over a finished text and its segments. */
function createTextMap(text: string, segments: TextSegment[]): TextMap {
  /** Index of the first segment whose end is after `offset`. */
  const firstEndingAfter = (offset: number): number => {
    let lo = 0;
    let hi = segments.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((segments[mid] as TextSegment).end > offset) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  const startPoint = (offset: number): { index: number; point: DomPoint } | null => {
    const index = firstEndingAfter(offset);
    const seg = segments[index];
    if (seg === undefined) return null;
    const at = Math.max(0, offset - seg.start);
    return { index, point: { node: seg.node, offset: seg.offsets[at] as number } };
  };
  return {
    text,
    segments,
    locate: (offset) => startPoint(offset)?.point ?? null,
    rangeFor(start, end) {
      if (end <= start) return null;
      const from = startPoint(start);
      // The segment holding character end-1, or the last one before it.
      const lastIndex = firstEndingAfter(end - 1);
      let endIndex = lastIndex;
      const candidate = segments[lastIndex];
      if (candidate === undefined || candidate.start >= end) endIndex = lastIndex - 1;
      const endSeg = segments[endIndex];
      if (from === null || endSeg === undefined || endIndex < from.index) return null;
      const lastChar = Math.min(end, endSeg.end) - 1 - endSeg.start;
      const endOffset = endSeg.offsets[lastChar + 1] ?? endSeg.endOffset;
      return { startNode: from.point.node, startOffset: from.point.offset, endNode: endSeg.node, endOffset };
    },
  };
}

/**
 * Append `node` (a Text node, or an element and its subtree) to the open block of
 * `builder`, skipping elements for which `skip` returns true.
 */
export function appendNodeText(builder: TextMapBuilder, node: Node, skip: (el: Element) => boolean, depth = 0): void {
  if (node.nodeType === TEXT_NODE) {
    builder.appendText(node as Text);
    return;
  }
  if (node.nodeType !== ELEMENT_NODE) return;
  const el = node as Element;
  if (skip(el) || depth > MAX_TREE_DEPTH) return;
  const tag = el.localName;
  if (tag === 'br') {
    builder.appendLineBreak();
    return;
  }
  const isBlock = INNER_BLOCK_TAGS.has(tag);
  if (isBlock) builder.appendSoftBreak();
  for (let child = el.firstChild; child !== null; child = child.nextSibling) appendNodeText(builder, child, skip, depth + 1);
  if (isBlock) builder.appendSoftBreak();
}

/** A real DOM Range for `spec`, made with `doc` (works in browsers, happy-dom, jsdom). */
export function createDomRange(doc: Document, spec: DomRangeSpec): Range {
  const range = doc.createRange();
  range.setStart(spec.startNode, spec.startOffset);
  range.setEnd(spec.endNode, spec.endOffset);
  return range;
}
