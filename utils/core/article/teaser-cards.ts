import type { TextBlock } from './blocks';

/**
 * Finds teaser cards: a headline link and a short blurb in a small box, repeated in sibling
 * boxes ("Headline / blurb", "Headline / blurb" …). A blurb is a full sentence, so on its own it
 * reads as a story paragraph, and a short story next to a row of cards lost its root to their
 * common ancestor. Blurbs cut off with "…" are caught by `isTruncatedExcerpt`; these are not.
 */

/** A card's headline: a block that is this share link, from its first character. */
const MIN_HEADLINE_LINK_SHARE = 0.9;
/** ... and no longer than this (a linked paragraph is not a headline). */
const MAX_HEADLINE_CHARS = 200;
/** A card's blurb is a sentence or two; a longer block is story text even under a linked heading (a roundup's item). */
export const MAX_BLURB_CHARS = 300;
/** A blurb may link a name or two; more and it is a link list. */
const MAX_BLURB_LINK_SHARE = 0.2;
/** Short lines (a date, a section label) that may sit between a card's headline and its blurb. */
const MAX_BETWEEN_BLOCKS = 2;
const MAX_BETWEEN_CHARS = 40;
/** A box holding more blocks than headline, blurb and a line between is not a card. */
const MAX_CARD_BLOCKS = 5;
/** Cards repeat: this many under one parent (or grandparent) make a teaser list. */
export const MIN_CARDS = 3;
/** How many levels above a card their shared list box may sit (list > item > card). */
const LIST_LEVELS = 2;

function isHeadlineLink(block: TextBlock): boolean {
  return block.text.length <= MAX_HEADLINE_CHARS && block.leadingLinkChars >= MIN_HEADLINE_LINK_SHARE * block.text.length;
}

/** Depth of the deepest element holding both blocks. */
function commonDepth(a: TextBlock, b: TextBlock): number {
  let d = 0;
  while (d < a.path.length && d < b.path.length && a.path[d] === b.path[d]) d++;
  return d - 1;
}

interface Card {
  /** The card's box and its depth in the blocks' paths. */
  box: Element;
  depth: number;
  blocks: TextBlock[];
}

/** Headline-and-blurb boxes, each found once, in document order. */
function findCards(blocks: readonly TextBlock[]): Card[] {
  const cards: Card[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const headline = blocks[i] as TextBlock;
    if (!isHeadlineLink(headline)) continue;
    for (let j = i + 1; j <= i + 1 + MAX_BETWEEN_BLOCKS && j < blocks.length; j++) {
      const blurb = blocks[j] as TextBlock;
      if (blurb.linkChars <= MAX_BLURB_LINK_SHARE * blurb.text.length && blurb.text.length <= MAX_BLURB_CHARS && blurb.text.length > MAX_BETWEEN_CHARS) {
        const depth = commonDepth(headline, blurb);
        const box = headline.path[depth] as Element;
        let first = i;
        while (first > 0 && (blocks[first - 1] as TextBlock).path[depth] === box) first--;
        let last = j;
        while (last < blocks.length - 1 && (blocks[last + 1] as TextBlock).path[depth] === box) last++;
        if (depth >= LIST_LEVELS && last - first + 1 <= MAX_CARD_BLOCKS) {
          cards.push({ box, depth, blocks: blocks.slice(first, last + 1) });
          i = last;
        }
        break;
      }
      if (blurb.text.length > MAX_BETWEEN_CHARS) break;
    }
  }
  return cards;
}

/** Blocks that are part of a repeated teaser card (its blurb and any line inside the card). */
export function findTeaserBlocks(blocks: readonly TextBlock[]): Set<TextBlock> {
  const cards = findCards(blocks);
  const perList = new Map<Element, number>();
  for (const card of cards) {
    for (let up = 1; up <= LIST_LEVELS; up++) {
      const list = (card.blocks[0] as TextBlock).path[card.depth - up] as Element;
      perList.set(list, (perList.get(list) ?? 0) + 1);
    }
  }
  const out = new Set<TextBlock>();
  for (const card of cards) {
    let repeated = false;
    for (let up = 1; up <= LIST_LEVELS; up++) {
      if ((perList.get((card.blocks[0] as TextBlock).path[card.depth - up] as Element) ?? 0) >= MIN_CARDS) repeated = true;
    }
    if (repeated) for (const b of card.blocks) out.add(b);
  }
  return out;
}
