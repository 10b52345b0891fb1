import { collectBlocks, type TextBlock } from './blocks';
import { hasNegativeName, isHardExcluded } from './boilerplate';
import { classifyBlock } from './choose-root';
import { buildArticleText, type ArticleBlock, type ArticlePart } from './article-text';
import { detectArticleParts, type ArticleDetection, type DetectOptions } from './detect-article';
import { MIN_EDGE_CHARS } from './select-body';

/**
 * Keeps a detection current on a changing page, without observing anything itself: the
 * content script owns the MutationObserver and the history listener and passes what they
 * report. Paragraphs added inside the story root are extracted on their own; a page that
 * had no story, lost its root, or navigated (SPA) is detected again from scratch.
 */

/** Text added to a page without a story before it is worth a full detection (a skeleton filled in). */
export const MIN_REDETECT_CHARS = 200;
const ELEMENT_NODE = 1;
const DOCUMENT_POSITION_FOLLOWING = 4;

/** The part of a MutationRecord we read (real records fit). */
export interface MutationLike {
  addedNodes: ArrayLike<Node>;
  target: Node;
}

/** What changed after a batch of mutations or a navigation. */
export type ArticleUpdate =
  | { kind: 'unchanged'; detection: ArticleDetection }
  | { kind: 'extended'; detection: ArticleDetection; added: ArticleBlock[] }
  | { kind: 'redetected'; detection: ArticleDetection };

function contains(ancestor: Node, node: Node): boolean {
  for (let n: Node | null = node; n !== null; n = n.parentNode) if (n === ancestor) return true;
  return false;
}

/** True when no element from `el` up to `root` hides or names boilerplate (a lazy comment box). */
function isStoryPlace(el: Element, root: Element): boolean {
  for (let e: Element | null = el; e !== null && e !== root; e = e.parentElement) {
    if (isHardExcluded(e) || hasNegativeName(e)) return false;
  }
  return true;
}

function keepsAsStory(block: TextBlock): boolean {
  const cls = classifyBlock(block);
  return cls === 'good' || (cls === 'neutral' && (block.text.length >= MIN_EDGE_CHARS || block.kind === 'heading'));
}

/** Follows one page: call `mutations` with observer records, `navigated` on history changes. */
export class ArticleWatcher {
  private parts: ArticlePart[] = [];
  private current: ArticleDetection;
  private readonly options: DetectOptions;

  constructor(private readonly doc: Document, options: DetectOptions = {}) {
    this.options = { ...options };
    this.current = this.detect();
  }

  /** The latest detection. */
  get detection(): ArticleDetection {
    return this.current;
  }

  /** Single-page-app navigation: the story changed, detect again (with the new address). */
  navigated(url?: string): ArticleUpdate {
    if (url !== undefined) this.options.url = url;
    this.current = this.detect();
    return { kind: 'redetected', detection: this.current };
  }

  /** Take a batch of mutations: extend the text with added story paragraphs, or detect again. */
  mutations(records: readonly MutationLike[]): ArticleUpdate {
    const root = this.current.root;
    const added = records.flatMap((r) => Array.from(r.addedNodes)).filter((n) => n.textContent?.trim());
    if (added.length === 0) return { kind: 'unchanged', detection: this.current };
    if (root === null || !contains(this.doc, root)) {
      const chars = added.reduce((n, node) => n + (node.textContent?.trim().length ?? 0), 0);
      if (root === null && chars < MIN_REDETECT_CHARS) return { kind: 'unchanged', detection: this.current };
      this.current = this.detect();
      return { kind: 'redetected', detection: this.current };
    }
    const fresh: ArticlePart[] = [];
    let changed = false;
    for (const node of added) {
      const el = node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement;
      if (el === null || !contains(root, el) || !isStoryPlace(el, root)) continue;
      // Text arriving in a block we already show ("Loading…" replaced): rebuild that block's text.
      if (this.parts.some((p) => p.block.nodes.some((n) => contains(n, el)))) {
        changed = true;
        continue;
      }
      if (fresh.some((p) => p.block.nodes.some((n) => contains(n, el)))) continue;
      for (const block of collectBlocks(el)) if (keepsAsStory(block)) fresh.push({ block, kind: block.kind });
    }
    if (fresh.length === 0 && !changed) return { kind: 'unchanged', detection: this.current };
    const firstNode = (p: ArticlePart): Node => p.block.nodes[0] as Node;
    this.parts = [...this.parts, ...fresh].sort((a, b) =>
      firstNode(a) === firstNode(b) ? 0 : firstNode(a).compareDocumentPosition(firstNode(b)) & DOCUMENT_POSITION_FOLLOWING ? -1 : 1);
    const built = buildArticleText(this.parts);
    this.current = { ...this.current, ...built };
    const addedBlocks = built.blocks.filter((_b, i) => fresh.includes(this.parts[i] as ArticlePart));
    return { kind: 'extended', detection: this.current, added: addedBlocks };
  }

  private detect(): ArticleDetection {
    const { detection, parts } = detectArticleParts(this.doc, this.options);
    this.parts = parts;
    return detection;
  }
}
