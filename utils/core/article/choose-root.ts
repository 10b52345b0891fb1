import { isBoilerplateText } from './boilerplate';
import type { TextBlock } from './blocks';

/**
 * Picks the article root: the element that holds the most story-like text for the least
 * boilerplate. Every block votes for all its ancestors (Readability propagates paragraph
 * scores to two ancestors; trafilatura keeps whole paragraph clusters): story paragraphs
 * add their length, link lists, teasers and blocks inside boilerplate-named boxes subtract.
 */

/** A story paragraph has at least a sentence's worth of text; shorter blocks are neutral. */
export const MIN_GOOD_CHARS = 70;
/** Above this share of linked characters a block is not a story paragraph (roundups link half their words, measured on the benchmark). */
export const MAX_GOOD_LINK_DENSITY = 0.5;
/** Blocks above this link share are boilerplate (nav lists, "Related" teasers) wherever they are. */
export const BAD_LINK_DENSITY = 0.5;
/** Each boilerplate character costs this many story characters when choosing the root. */
export const BAD_WEIGHT = 1.5;
/** Score multiplier for candidates inside a boilerplate-named box: long comments must not beat a short story. */
export const INSIDE_NEGATIVE_FACTOR = 0.4;
/** Weight, as boilerplate, of text in a boilerplate-named box (comments, captions) for the box and its ancestors. */
export const FLAGGED_WEIGHT = 0.5;
/** A block inside the JSON-LD `articleBody` counts this much more than a plain story paragraph. */
export const ARTICLE_BODY_BONUS = 1;

/** A teaser's blurb is cut off mid-sentence: "… the local administration feels it is..." ("[…]" on WordPress). */
const TRUNCATED_END = /(?:\.\.\.|…|\[(?:…|\.\.\.)\])\s*$/;
/** Longer blocks ending in an ellipsis are story text trailing off, not a cut excerpt. */
export const MAX_TRUNCATED_CHARS = 400;

/** True for a teaser: a short block that opens with a link (the headline) and whose text is cut off with an ellipsis. */
export function isTruncatedExcerpt(block: TextBlock): boolean {
  return block.leadingLinkChars > 0 && block.text.length <= MAX_TRUNCATED_CHARS && TRUNCATED_END.test(block.text);
}

/** When the publisher's stated body (JSON-LD text or microdata element) covers this many characters of page text ... */
export const MIN_STATED_BODY_CHARS = 500;
/** ... the root must hold at least this share of it: a gallery or comment thread may be longer, but it is not the story. */
export const MIN_STATED_BODY_SHARE = 0.5;

/** With a stated body, story-like paragraphs outside it (captions, teasers, comments) count this much. */
export const UNSTATED_WEIGHT = 0.5;

/** How a block reads on its own. */
export type BlockClass = 'good' | 'bad' | 'neutral';

/** Link share of a block's characters. */
export function linkDensity(block: TextBlock): number {
  return block.text.length === 0 ? 0 : block.linkChars / block.text.length;
}

/** CJK scripts pack a word into one or two characters: count each as this many Latin characters. */
export const CJK_WEIGHT = 3;
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/g;

/** Text length with CJK characters weighted, so thresholds read the same in every script. */
export function effectiveLength(text: string): number {
  return text.length + (CJK_WEIGHT - 1) * (text.match(CJK)?.length ?? 0);
}

/** Story paragraph, boilerplate, or neither (headings, datelines, short lines). */
export function classifyBlock(block: TextBlock): BlockClass {
  const density = linkDensity(block);
  // Plain (unlinked) text decides: a roundup paragraph with many links still has sentences of its own.
  const plain = effectiveLength(block.text) - block.linkChars;
  if ((density > BAD_LINK_DENSITY && plain < MIN_GOOD_CHARS) || isBoilerplateText(block.text)) return 'bad';
  if (isTruncatedExcerpt(block) || block.teaser) return 'bad';
  if (block.kind !== 'heading' && plain >= MIN_GOOD_CHARS && density <= MAX_GOOD_LINK_DENSITY) return 'good';
  return 'neutral';
}

/** Plain characters a link-dense block that opens with plain text needs to read as a sentence, not a link list ("Tags: a, b"). */
export const MIN_PROSE_CHARS = 20;

/**
 * True for a block that is boilerplate only by its link share but reads as a sentence: it opens
 * with its own words and links a few ("Thanks to evilpie, users can now import logins …").
 */
export function isLinkedSentence(block: TextBlock): boolean {
  const plain = effectiveLength(block.text) - block.linkChars;
  return block.leadingLinkChars === 0 && plain >= MIN_PROSE_CHARS && !isBoilerplateText(block.text)
    && !isTruncatedExcerpt(block) && linkDensity(block) > BAD_LINK_DENSITY;
}

/** The chosen root and the evidence for it. */
export interface RootChoice {
  root: Element;
  /** Index of `root` in each of its blocks' `path`. */
  depth: number;
  /** Characters of story paragraphs under the root. */
  goodChars: number;
  /** Story paragraphs under the root. */
  goodBlocks: number;
  score: number;
}

interface Tally {
  el: Element;
  depth: number;
  good: number;
  bad: number;
  goodBlocks: number;
  /** Characters of blocks in the stated body. */
  stated: number;
  /** The candidate sits inside a boilerplate-named box (a comment's text, a teaser's body). */
  insideNegative: boolean;
}

/**
 * Score every ancestor of every block and return the best one, or null when the page has
 * no story paragraph at all. `inBody` marks blocks of the publisher's stated body (text in the
 * JSON-LD `articleBody`, or story paragraphs in the microdata `itemprop=articleBody` element): when
 * it covers enough text, the root must hold most of it and other paragraphs count for less.
 */
export function chooseRoot(blocks: readonly TextBlock[], inBody?: (block: TextBlock) => boolean): RootChoice | null {
  const tallies = new Map<Element, Tally>();
  let stated = 0;
  if (inBody !== undefined) for (const block of blocks) if (inBody(block)) stated += block.text.length;
  const hasStated = stated >= MIN_STATED_BODY_CHARS;
  for (const block of blocks) {
    const cls = classifyBlock(block);
    const bonus = inBody !== undefined && inBody(block) ? ARTICLE_BODY_BONUS : 0;
    const chars = block.text.length;
    if (cls === 'neutral' && bonus === 0) continue;
    for (let depth = block.path.length - 1; depth >= 0; depth--) {
      const el = block.path[depth] as Element;
      let tally = tallies.get(el);
      if (tally === undefined) {
        tally = { el, depth, good: 0, bad: 0, goodBlocks: 0, stated: 0, insideNegative: false };
        tallies.set(el, tally);
      }
      if (block.negativeDepth >= depth && bonus === 0) {
        // In a boilerplate-named box at or below this ancestor: a weak vote against it (wrongly named
        // wrappers are common, and boxed text is dropped from the body anyway).
        if (cls === 'good') tally.bad += chars * FLAGGED_WEIGHT;
        else if (cls === 'bad') tally.bad += chars;
        continue;
      }
      if (block.negativeDepth >= 0) tally.insideNegative = true;
      if (bonus > 0) tally.stated += chars;
      if (cls === 'bad') {
        tally.bad += chars;
      } else {
        const own = cls !== 'good' ? 0 : bonus === 0 && hasStated ? UNSTATED_WEIGHT : 1;
        tally.good += chars * (own + bonus);
        if (cls === 'good') tally.goodBlocks++;
      }
    }
  }
  let best: Tally | null = null;
  // With a stated body there is a story even when boxes around it outweigh it (a caption gallery inside
  // the `articleBody` element): the best candidate holding it wins whatever its score.
  let bestScore = hasStated ? -Infinity : 0;
  const minStated = hasStated ? MIN_STATED_BODY_SHARE * stated : 0;
  for (const tally of tallies.values()) {
    if (tally.stated < minStated) continue;
    const score = (tally.good - BAD_WEIGHT * tally.bad) * (tally.insideNegative ? INSIDE_NEGATIVE_FACTOR : 1);
    // Deeper wins ties: the smallest element holding the same story text.
    if (score > bestScore || (best !== null && score === bestScore && tally.depth > best.depth)) {
      best = tally;
      bestScore = score;
    }
  }
  if (best === null) return null;
  return { root: best.el, depth: best.depth, goodChars: best.good, goodBlocks: best.goodBlocks, score: bestScore };
}

/** True when `block` lies under `choice.root`. */
export function isUnderRoot(block: TextBlock, choice: RootChoice): boolean {
  return block.path[choice.depth] === choice.root;
}
