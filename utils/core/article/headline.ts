import type { TextBlock } from './blocks';
import { classifyBlock } from './choose-root';

/**
 * Finds the headline and standfirst blocks of the story among a page's blocks. The
 * metadata title says what the headline reads; the DOM says where it is.
 */

/** Word overlap with the metadata title above which a heading is the headline. */
const MIN_TITLE_SIMILARITY = 0.6;
/** Word overlap with the metadata description above which a block is the standfirst. */
const MIN_STANDFIRST_SIMILARITY = 0.7;
/** Words a description may drop from the standfirst's opening ("West Ham United" for "West Ham"). */
const DESCRIPTION_SLACK_WORDS = 2;
/** Class/id names of standfirst elements ("dek", "standfirst", "article-summary" …). */
const STANDFIRST_NAME = /standfirst|(?:^|[^a-z])(?:dek|deck|sub-?title|sub-?headline|subhead|strapline|summary|lede|lead|intro|excerpt|description)(?:[^a-z]|$)/i;
/** A standfirst is a sentence or two. */
const STANDFIRST_MIN_CHARS = 30;
const STANDFIRST_MAX_CHARS = 500;
/** How many blocks after the headline the standfirst may sit (bylines and dates come between). */
const STANDFIRST_WINDOW = 6;

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Share of `a`'s words found in `b`, times the length ratio, so a short tag like "News" stays low. */
export function similarity(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (wa.length === 0 || wb.length === 0) return 0;
  const set = new Set(wb);
  const shared = wa.filter((w) => set.has(w)).length;
  return (shared / wa.length) * Math.min(1, wa.length / wb.length);
}

/**
 * The block holding the headline: the heading most like the metadata title, else the
 * first `<h1>` before `beforeIndex` (the first body block).
 */
export function findHeadline(blocks: readonly TextBlock[], title: string | null, beforeIndex: number): TextBlock | null {
  let best: TextBlock | null = null;
  let bestScore = MIN_TITLE_SIMILARITY;
  if (title !== null) {
    for (const block of blocks) {
      if (block.kind !== 'heading' && !/title|headline/i.test(block.container.getAttribute('class') ?? '')) continue;
      const score = Math.min(similarity(block.text, title), similarity(title, block.text)) + (block.container.localName === 'h1' ? 0.01 : 0);
      if (score > bestScore) {
        best = block;
        bestScore = score;
      }
    }
  }
  if (best !== null) return best;
  return blocks.find((b) => b.container.localName === 'h1' && b.index < beforeIndex) ?? null;
}

/** True when `text` opens with the words of `description` (a description cut from the standfirst's first sentence). */
function opensWith(text: string, description: string): boolean {
  const lead = words(description);
  if (lead.length === 0) return false;
  const opening = words(text).slice(0, lead.length + DESCRIPTION_SLACK_WORDS).join(' ');
  return similarity(description, opening) >= MIN_STANDFIRST_SIMILARITY;
}

/** `afterStory`: a story paragraph lies between the headline and `block`, so a description that only opens it is a summary of the body. */
function looksLikeStandfirst(block: TextBlock, description: string | null, afterStory: boolean): boolean {
  const length = block.text.length;
  if (length < STANDFIRST_MIN_CHARS || length > STANDFIRST_MAX_CHARS || block.kind === 'list-item') return false;
  if (description !== null && similarity(block.text, description) >= MIN_STANDFIRST_SIMILARITY) return true;
  if (description !== null && !afterStory && opensWith(block.text, description)) return true;
  return block.path.slice(-3).some((el) => STANDFIRST_NAME.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`));
}

/** The standfirst: a short block soon after the headline, named or worded like the page description. */
export function findStandfirst(blocks: readonly TextBlock[], headline: TextBlock | null, description: string | null): TextBlock | null {
  if (headline === null) return null;
  const end = Math.min(blocks.length, headline.index + 1 + STANDFIRST_WINDOW);
  let afterStory = false;
  for (let i = headline.index + 1; i < end; i++) {
    const block = blocks[i] as TextBlock;
    if (block.kind === 'heading') break;
    if (looksLikeStandfirst(block, description, afterStory)) return block;
    if (classifyBlock(block) === 'good') afterStory = true;
  }
  return null;
}
