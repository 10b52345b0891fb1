/**
 * The test oracle for offsets: which characters a DOM span really shows, read straight from
 * the Text nodes in document order (not from the text map under test, and not from
 * `Range.toString()`, which would include the text of skipped scripts and hidden boxes).
 * Works on linkedom and happy-dom alike. Not a test file.
 */
import { isHardExcluded } from '@/utils/core/article/boilerplate';
import type { DomRangeSpec } from '@/utils/core/text/text-map';

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
/** Characters the text map drops (soft hyphen, zero-width characters, BOM). */
const INVISIBLE = /\u00ad|\u200b|\u200c|\u200d|\u2060|\ufeff/g;
const WHITESPACE = /[ \t\n\r\f\u00a0]/g;

/** Every Text node of `doc` in document order, with whether a skipped element hides it. */
export function textNodes(doc: Document): { node: Text; skipped: boolean }[] {
  const out: { node: Text; skipped: boolean }[] = [];
  const walk = (node: Node, skipped: boolean): void => {
    if (node.nodeType === TEXT_NODE) out.push({ node: node as Text, skipped });
    const hides = skipped || (node.nodeType === ELEMENT_NODE && isHardExcluded(node as Element));
    for (let c = node.firstChild; c !== null; c = c.nextSibling) walk(c, hides);
  };
  // From <html>: linkedom's Document does not link the doctype to it as a sibling.
  if (doc.documentElement !== null) walk(doc.documentElement, false);
  return out;
}

/** The shown characters from `spec`'s start to its end (skipped text and invisible characters left out). */
export function visibleText(doc: Document, spec: DomRangeSpec): string {
  const nodes = textNodes(doc);
  const first = nodes.findIndex((n) => n.node === spec.startNode);
  const last = nodes.findIndex((n) => n.node === spec.endNode);
  if (first === -1 || last === -1) throw new Error('range end point is not a Text node of the document');
  if (last < first || (first === last && spec.endOffset < spec.startOffset)) throw new Error('range ends before it starts');
  let out = '';
  for (let i = first; i <= last; i++) {
    const { node, skipped } = nodes[i] as { node: Text; skipped: boolean };
    if (skipped) continue;
    out += node.data.slice(i === first ? spec.startOffset : 0, i === last ? spec.endOffset : node.data.length);
  }
  return out.replace(INVISIBLE, '');
}

/** `text` without whitespace: the map adds spaces where blocks meet, which have no DOM character. */
export function withoutSpaces(text: string): string {
  return text.replace(WHITESPACE, '');
}
