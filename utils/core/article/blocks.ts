import { isBoilerplateBox, isHardExcluded } from './boilerplate';
import { normalizeText } from '../text/text-map';
import { MAX_TREE_DEPTH } from '../text/tree-depth';
import { findTeaserBlocks } from './teaser-cards';
import { runSteps, type Steps } from './steps';

/**
 * Splits a page into text blocks: each block-level element whose content is inline
 * (a `<p>`, a text-only `<div>`), and each run of inline content that sits between block
 * children of a mixed container (`<div>Intro<p>…</p>More</div>`). One pass, no DOM writes.
 */

/** Kinds of block in the article text. */
export type BlockKind = 'headline' | 'standfirst' | 'paragraph' | 'heading' | 'quote' | 'list-item';

/** Elements walked between two pause points of the block walk (steps.ts): a few dozen µs of work. */
const ELEMENTS_PER_STEP = 64;

/** Elements that start a new line of text (HTML's block-level and table elements). */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'html', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'tr', 'ul',
]);
/** Table cells: a row whose cells hold only inline content is one block (a line of a data table). */
const CELL_TAGS = new Set(['td', 'th']);
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const LIST_ITEM_TAGS = new Set(['li', 'dt', 'dd']);
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** One block of page text with the numbers the scorer needs. */
export interface TextBlock {
  /** The block's content: one element, or a run of sibling nodes. */
  nodes: Node[];
  /** The block element, or the parent of the run. */
  container: Element;
  /** Ancestors from the walk's root down to `container` (inclusive). */
  path: Element[];
  kind: BlockKind;
  /** Normalised text. */
  text: string;
  /** Characters inside links. */
  linkChars: number;
  /** Characters of the link the block's text opens with (a teaser's headline link); 0 when it opens with plain text. */
  leadingLinkChars: number;
  /** Index in `path` of the nearest ancestor with a boilerplate class/id; -1 when none. */
  negativeDepth: number;
  /** Position in document order. */
  index: number;
  /** Part of a repeated headline-and-blurb card (teaser-cards.ts). */
  teaser: boolean;
}

interface RawStats {
  parts: string[];
  linkChars: number;
  leadingLinkChars: number;
  /** Characters inside links that lead off the page (not a `#fragment` of it). */
  awayLinkChars: number;
  /** Whether non-blank text has been seen yet, and whether the link it opened with has ended. */
  started: boolean;
  leadDone: boolean;
}

function collectStats(node: Node, inLink: boolean, stats: RawStats, depth = 0, away = inLink): void {
  if (node.nodeType === TEXT_NODE) {
    const data = (node as Text).data;
    stats.parts.push(data);
    const chars = data.trim().length;
    if (inLink) stats.linkChars += chars;
    if (away) stats.awayLinkChars += chars;
    if (chars > 0) {
      if (!stats.started) {
        stats.started = true;
        stats.leadDone = !inLink;
      } else if (!inLink) stats.leadDone = true;
      if (inLink && !stats.leadDone) stats.leadingLinkChars += chars;
    }
    return;
  }
  if (node.nodeType !== ELEMENT_NODE) return;
  const el = node as Element;
  if (isHardExcluded(el) || depth > MAX_TREE_DEPTH) return;
  const tag = el.localName;
  if (tag === 'br' || BLOCK_TAGS.has(tag)) stats.parts.push(' ');
  const link = inLink || tag === 'a';
  const leaves = away || (tag === 'a' && !isFragmentLink(el));
  for (let c = el.firstChild; c !== null; c = c.nextSibling) collectStats(c, link, stats, depth + 1, leaves);
  if (tag === 'a' && !inLink && stats.started) stats.leadDone = true;
  if (BLOCK_TAGS.has(tag)) stats.parts.push(' ');
}

/** A link to a named place on the same page (`href="#setting-up"`): a heading's permalink or "back to contents" link. */
function isFragmentLink(el: Element): boolean {
  return /^#[^\s#]/.test(el.getAttribute('href') ?? '');
}

/** A link that goes somewhere: `<a href="javascript:">` and name-only anchors wrap text, not navigation (Readability unwraps them too). */
function isNavigatingLink(el: Element): boolean {
  if (el.localName !== 'a') return false;
  const href = el.getAttribute('href');
  return href !== null && !/^\s*javascript:/i.test(href);
}

/** True when `el` has a block-level descendant that is not skipped. */
function hasBlockDescendant(el: Element, depth = 0): boolean {
  if (depth > MAX_TREE_DEPTH) return false;
  for (let c = el.firstElementChild; c !== null; c = c.nextElementSibling) {
    if (isHardExcluded(c)) continue;
    if (BLOCK_TAGS.has(c.localName) || hasBlockDescendant(c, depth + 1)) return true;
  }
  return false;
}

/** A table row of inline cells ("1 | Kyle Busch | 5040"): read as one line, as a reader does. */
function isInlineRow(el: Element): boolean {
  if (el.localName !== 'tr') return false;
  for (let c = el.firstElementChild; c !== null; c = c.nextElementSibling) {
    if (!CELL_TAGS.has(c.localName) || hasBlockDescendant(c)) return false;
  }
  return true;
}

function kindOf(tag: string, path: Element[]): BlockKind {
  if (HEADING_TAGS.has(tag)) return 'heading';
  if (path.some((el) => el.localName === 'blockquote')) return 'quote';
  if (LIST_ITEM_TAGS.has(tag)) return 'list-item';
  return 'paragraph';
}

class BlockCollector {
  readonly blocks: TextBlock[] = [];
  private readonly path: Element[] = [];
  private readonly negative: number[] = [];
  /** Navigating links among the ancestors on `path`. */
  private links = 0;
  /** Elements walked, for the pause points. */
  private walked = 0;

  private enter(el: Element): void {
    this.path.push(el);
    this.negative.push(isBoilerplateBox(el) ? this.path.length - 1 : (this.negative[this.negative.length - 1] ?? -1));
    if (isNavigatingLink(el)) this.links++;
  }

  private leave(el: Element): void {
    this.path.pop();
    this.negative.pop();
    if (isNavigatingLink(el)) this.links--;
  }

  /** Walk `el`'s children; returns true when the subtree holds block-level elements. Pauses every ELEMENTS_PER_STEP elements. */
  *walk(el: Element): Steps<boolean> {
    if (++this.walked % ELEMENTS_PER_STEP === 0) yield;
    this.enter(el);
    let run: Node[] = [];
    let runAt = this.blocks.length;
    let hasBlock = false;
    const flush = (at: number): void => {
      if (run.length > 0) this.add(run, el, at);
      run = [];
    };
    for (let child = el.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        if (run.length === 0) runAt = this.blocks.length;
        run.push(child);
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const childEl = child as Element;
      // Deeper than any parser nests (tree-depth.ts): a script-built nest, left out rather than overflow the stack.
      if (isHardExcluded(childEl) || this.path.length >= MAX_TREE_DEPTH) continue;
      const tag = childEl.localName;
      if (BLOCK_TAGS.has(tag)) {
        hasBlock = true;
        flush(runAt);
        const before = this.blocks.length;
        if (isInlineRow(childEl) || !(yield* this.walk(childEl))) this.addElement(childEl, before);
        continue;
      }
      const before = this.blocks.length;
      if (tag !== 'br' && (yield* this.walk(childEl))) {
        hasBlock = true;
        flush(before);
      } else {
        if (run.length === 0) runAt = before;
        run.push(child);
      }
    }
    if (hasBlock) flush(runAt);
    this.leave(el);
    return hasBlock;
  }

  /** Add `el` as one block (its content has no block-level elements). */
  addElement(el: Element, at: number): void {
    this.enter(el);
    this.add([el], el, at);
    this.leave(el);
  }

  private add(nodes: Node[], container: Element, at: number): void {
    const stats: RawStats = { parts: [], linkChars: 0, leadingLinkChars: 0, awayLinkChars: 0, started: false, leadDone: false };
    // A block inside a link (a card: `<a><h3>Headline</h3><p>Blurb</p></a>`) is linked text through and through.
    const inLink = this.links > 0;
    for (const n of nodes) collectStats(n, inLink, stats);
    const text = normalizeText(stats.parts.join(''));
    if (text === '') return;
    const path = this.path.slice();
    const kind = kindOf(container.localName, path);
    // A heading linked only to places on the page (its own permalink, "back to contents") heads a section of
    // this page: its links are not a teaser's headline link. A contents list of such links stays a link list.
    const sectionHeading = kind === 'heading' && stats.awayLinkChars === 0;
    const block: TextBlock = {
      nodes, container, path, text, kind,
      linkChars: sectionHeading ? 0 : Math.min(stats.linkChars, text.length),
      leadingLinkChars: sectionHeading ? 0 : Math.min(stats.leadingLinkChars, text.length),
      negativeDepth: this.negative[this.negative.length - 1] ?? -1,
      index: 0,
      // Set here, not only on teasers, so every block has the same shape (a late property slowed detection by 4 %).
      teaser: false,
    };
    this.blocks.splice(at, 0, block);
  }
}

/** The text blocks under `root` in document order, hidden and never-text elements skipped. */
export function collectBlocks(root: Element): TextBlock[] {
  return runSteps(collectBlockSteps(root));
}

/** `collectBlocks` as pausable steps (steps.ts). */
export function* collectBlockSteps(root: Element): Steps<TextBlock[]> {
  const collector = new BlockCollector();
  // A root with only inline content is one block (a bare `<body>text</body>`).
  if (!(yield* collector.walk(root))) collector.addElement(root, 0);
  collector.blocks.forEach((b, i) => (b.index = i));
  for (const b of findTeaserBlocks(collector.blocks)) b.teaser = true;
  return collector.blocks;
}
