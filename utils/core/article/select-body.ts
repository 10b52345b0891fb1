import type { TextBlock } from './blocks';
import { MAX_BLURB_CHARS } from './teaser-cards';
import { isBoilerplateText, isCaptionBox } from './boilerplate';
import { classifyBlock, isLinkedSentence, isTruncatedExcerpt, isUnderRoot, type BlockClass, type RootChoice } from './choose-root';

/**
 * Picks the story blocks under the chosen root. The root may hold more than the story
 * (teaser lists, a bio, an inline "Related" box), so blocks are read as a sequence, after
 * jusText's idea of judging short blocks by their neighbours:
 * - boilerplate blocks (link lists, teaser phrases, boilerplate-named boxes) split it into runs;
 * - runs with little story text next to the main run are teasers ("Headline / date / blurb");
 * - short lines are kept between story paragraphs, dropped at the edges unless they read as text.
 */

/** A run of blocks is kept when its story text is at least this share of the main run's. */
export const MIN_RUN_SHARE = 0.2;
/** ... or when it has at least this many story paragraphs (an article split by ad slots). */
export const MIN_RUN_PARAGRAPHS = 2;
/** A short line at a run's edge is kept when it is at least this long (a one-sentence paragraph, not a date). */
export const MIN_EDGE_CHARS = 40;

interface Run {
  blocks: { block: TextBlock; cls: BlockClass }[];
  goodChars: number;
  goodBlocks: number;
  /** Boilerplate blocks between this run and the one before it; the blocks of one boilerplate-named box count once. */
  gapBefore: number;
}

/**
 * The label of an ad slot ("Advertisement", "Story continues below advertisement"): publishers place ad
 * slots between the paragraphs of a story, so the label marks a pause in it, not its end.
 */
export const AD_LABEL = /^(?:advertisement|advertising|advert|ad|(?:the )?(?:story|article) continues below(?: (?:this )?(?:advertisement|ad))?)$/i;

/** A short line in parentheses: "(Artist: Jane Doe)", "(Photo: Reuters)". */
const PARENTHESISED_LINE = /^\([^()]{1,80}\)$/;

/** A linked credit under a picture ("(Artist: <a>Jane Doe</a>)"): boilerplate by its links, but not the story's end. */
function isCreditLine(block: TextBlock): boolean {
  return PARENTHESISED_LINE.test(block.text) && classifyBlock(block) === 'bad';
}

/** Classes of the blocks under the root; a linked sentence between two story paragraphs is read as text, not as a teaser. */
function classesUnder(blocks: readonly TextBlock[], choice: RootChoice): { block: TextBlock; cls: BlockClass }[] {
  // Captions, ad-slot labels and linked credit lines sit inside the story: left out of the text, they neither end a
  // part of it nor separate two.
  const items = blocks.filter((b) => isUnderRoot(b, choice) && !inCaptionBox(b, choice) && !AD_LABEL.test(b.text) && !isCreditLine(b))
    .map((block) => ({ block, cls: block.negativeDepth > choice.depth ? 'bad' as const : classifyBlock(block) }));
  // A link-dense item of a list that also holds story items (release notes: "<a>Bug 1677080 – Fullscreen window is
  // affected by switching video source</a>") is one more item of that list, not a teaser, however many stand in a row.
  const storyLists = new Set(items.filter((i) => i.cls === 'good' && i.block.kind === 'list-item').map((i) => i.block.container.parentElement));
  for (const item of items) {
    const { block } = item;
    if (item.cls === 'bad' && block.kind === 'list-item' && block.negativeDepth <= choice.depth && !block.teaser && !isBoilerplateText(block.text)
      && inStoryList(block.container, storyLists)) item.cls = 'neutral';
    else if (item.cls === 'bad' && block.negativeDepth <= choice.depth && !block.teaser && !isBoilerplateText(block.text)
      && inDataTable(block, choice)) item.cls = 'neutral';
  }
  const decided = items.map((i) => i.cls).filter((c) => c !== 'neutral');
  let at = -1;
  items.forEach((item, i) => {
    if (item.cls === 'neutral') return;
    at++;
    if (item.cls !== 'bad' || item.block.negativeDepth > choice.depth || decided[at - 1] !== 'good' || decided[at + 1] !== 'good') return;
    const next = items[i + 1];
    if (isLinkedSentence(item.block) || isLinkedFullSentence(item.block) || (next?.cls === 'good' && isLinkedSubheading(item.block, next.block))) item.cls = 'neutral';
  });
  return items;
}

/** A data table has at least this many rows and this many cells in the row (layout tables have one or two columns). */
const MIN_DATA_TABLE_ROWS = 3;
const MIN_DATA_TABLE_CELLS = 3;

/** True for a block in a cell of a data table under the root: a linked name in its first column is data, not a teaser. */
function inDataTable(block: TextBlock, choice: RootChoice): boolean {
  for (let d = block.path.length - 1; d > choice.depth; d--) {
    const el = block.path[d] as Element;
    if (el.localName !== 'td' && el.localName !== 'th') continue;
    const row = el.parentElement;
    const body = row?.parentElement;
    return row !== null && body !== null && body !== undefined && row.children.length >= MIN_DATA_TABLE_CELLS
      && body.children.length >= MIN_DATA_TABLE_ROWS;
  }
  return false;
}

/** How many list levels above its own an item may sit under a story list item ("In progress:" > a list of bug links). */
const MAX_SUBLIST_LEVELS = 2;

/** True when `item`'s list is a story list, or a sub-list under an item of one. */
function inStoryList(item: Element, storyLists: ReadonlySet<Element | null>): boolean {
  let list = item.parentElement;
  for (let level = 0; list !== null && level <= MAX_SUBLIST_LEVELS; level++) {
    if (storyLists.has(list)) return true;
    const parentItem = list.parentElement;
    if (parentItem === null || parentItem.localName !== 'li') return false;
    list = parentItem.parentElement;
  }
  return false;
}

/** A sentence's end: a full stop, question or exclamation mark, then any closing quotes or brackets (not an ellipsis). */
const SENTENCE_END = /(?<!\.)[.!?]["'”’»)\]]*$/u;
/** A linked line needs this many words to read as a sentence rather than a headline. */
const MIN_SENTENCE_WORDS = 5;

/**
 * A linked line that ends as a sentence ends ("“Mr. Nippers,” said I, “I'd prefer that you withdraw.”"), between two
 * story paragraphs: dialogue or narration someone linked, not a teaser (headlines do not end in a full stop).
 */
function isLinkedFullSentence(block: TextBlock): boolean {
  return SENTENCE_END.test(block.text) && block.text.split(' ').length >= MIN_SENTENCE_WORDS
    && !isBoilerplateText(block.text) && !isTruncatedExcerpt(block) && !block.teaser;
}

/**
 * A linked subheading of a roundup ("“Thumper” ($20)" over its review): a heading directly followed by a
 * story paragraph longer than any teaser's blurb, so it heads story text, not a teaser.
 */
function isLinkedSubheading(block: TextBlock, next: TextBlock): boolean {
  return block.kind === 'heading' && !isBoilerplateText(block.text) && next.text.length > MAX_BLURB_CHARS;
}

/** True for a block inside a caption or credit box below the root. */
function inCaptionBox(block: TextBlock, choice: RootChoice): boolean {
  for (let d = block.path.length - 1; d > choice.depth && d >= block.negativeDepth && block.negativeDepth > choice.depth; d--) {
    if (isCaptionBox(block.path[d] as Element)) return true;
  }
  return false;
}

/** True when two boxed blocks share a boilerplate-named box (one box holds the other's). */
function sameBox(a: TextBlock, b: TextBlock): boolean {
  return a.path[a.negativeDepth] === b.path[a.negativeDepth] || a.path[b.negativeDepth] === b.path[b.negativeDepth];
}

function splitRuns(blocks: readonly TextBlock[], choice: RootChoice): Run[] {
  const runs: Run[] = [];
  let current: Run = { blocks: [], goodChars: 0, goodBlocks: 0, gapBefore: 0 };
  // An inline "Related" box is one interruption, however many lines (its title, its headline) it holds.
  let lastBox: TextBlock | null = null;
  for (const { block, cls } of classesUnder(blocks, choice)) {
    if (cls === 'bad') {
      if (current.blocks.length > 0) {
        runs.push(current);
        current = { blocks: [], goodChars: 0, goodBlocks: 0, gapBefore: 0 };
      }
      const boxed = block.negativeDepth > choice.depth;
      if (!boxed || lastBox === null || !sameBox(lastBox, block)) current.gapBefore++;
      lastBox = boxed ? block : null;
      continue;
    }
    lastBox = null;
    current.blocks.push({ block, cls });
    if (cls === 'good') {
      current.goodChars += block.text.length;
      current.goodBlocks++;
    }
  }
  if (current.blocks.length > 0) runs.push(current);
  return runs;
}

/** A label that announces the box after it: "More:", "DON'T MISS" (ends in a colon, or has no lower-case letter). */
const BOX_LABEL = /:\s*$|^[^\p{Ll}]*$/u;

/**
 * Short lines at a run's edges: headings and sentences stay, dates and labels go. An edge that faces
 * another kept part of the story (`keepStart`, `keepEnd`) is inside the story, so its short lines stay
 * too (a "What you'll need" list after an inline "Related" box), except a label that announces the box
 * after the run ("More:", "DON'T MISS").
 */
function trimEdges(run: Run, keepStart = false, keepEnd = false): TextBlock[] {
  const items = run.blocks;
  const first = items.findIndex((i) => i.cls === 'good');
  if (first < 0) return [];
  let last = first;
  items.forEach((item, i) => {
    if (item.cls === 'good') last = i;
  });
  // Rows of a data table run on from the paragraph that introduces them, however short each row is.
  const edgeOk = (block: TextBlock, leading: boolean): boolean =>
    block.text.length >= MIN_EDGE_CHARS || (leading && block.kind === 'heading') || block.container.localName === 'tr';
  let start = keepStart ? 0 : first;
  while (start > 0 && edgeOk((items[start - 1] as Run['blocks'][number]).block, true)) start--;
  let end = last;
  if (keepEnd) {
    end = items.length - 1;
    while (end > last && BOX_LABEL.test((items[end] as Run['blocks'][number]).block.text)) end--;
  }
  while (end < items.length - 1 && edgeOk((items[end + 1] as Run['blocks'][number]).block, false)) end++;
  return items.slice(start, end + 1).map((i) => i.block);
}

/** The blocks of the story under `choice.root`, in document order. */
export function selectBody(blocks: readonly TextBlock[], choice: RootChoice): TextBlock[] {
  const runs = splitRuns(blocks, choice);
  const best = runs.reduce((a, r) => Math.max(a, r.goodChars), 0);
  const kept = runs.map((r) => r.goodChars > 0 && (r.goodChars >= MIN_RUN_SHARE * best || r.goodBlocks >= MIN_RUN_PARAGRAPHS));
  // The story's opening paragraph cut off from the rest by one inline teaser ("Also: See our coverage"):
  // a run before the first kept run, with a single boilerplate block between them, is the lead.
  // A paragraph longer than any teaser's blurb, between two kept parts of the story, is story cut off by captions
  // on both sides (a long post with a figure after every paragraph), whatever its share of the main run.
  const sandwiched = runs.map((r, i) => !(kept[i] as boolean) && r.goodChars > MAX_BLURB_CHARS
    && kept.slice(0, i).includes(true) && kept.slice(i + 1).includes(true));
  sandwiched.forEach((s, i) => { if (s) kept[i] = true; });
  const firstKept = kept.indexOf(true);
  if (firstKept > 0 && (runs[firstKept] as Run).gapBefore === 1 && (runs[firstKept - 1] as Run).goodChars > 0) kept[firstKept - 1] = true;
  else if (firstKept > 0) {
    // An opening paragraph longer than any teaser's blurb, cut off by a gallery or product box (a review's
    // lead over its "Gallery | Buy now | Pros / Cons" box), is the lead however many box lines stand between.
    let lead = firstKept - 1;
    while (lead > 0 && (runs[lead] as Run).goodChars === 0) lead--;
    if ((runs[lead] as Run).goodChars > MAX_BLURB_CHARS) kept[lead] = true;
  }
  const out: TextBlock[] = [];
  runs.forEach((run, i) => {
    if (kept[i] === true) {
      out.push(...trimEdges(run, kept.slice(0, i).includes(true), kept.slice(i + 1).includes(true)));
    } else if (run.goodChars === 0 && kept.slice(0, i).includes(true) && kept.slice(i + 1).includes(true)) {
      // Short lines between two parts of the story (a list of items, a subheading cut off by an ad slot).
      out.push(...run.blocks.map((b) => b.block));
    }
  });
  return out;
}
