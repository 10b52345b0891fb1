import type { BlockKind, TextBlock } from './blocks';
import { isHardExcluded } from './boilerplate';
import { TextMapBuilder, appendNodeText, type TextMap } from '../text/text-map';
import { runSteps, type Steps } from './steps';

/** One block of the article text: `text.slice(start, end)`. */
export interface ArticleBlock {
  start: number;
  end: number;
  kind: BlockKind;
}

/** A page block chosen for the article text, with the role it plays there. */
export interface ArticlePart {
  block: TextBlock;
  kind: BlockKind;
}

/** The article text, its blocks and its map to the DOM, built from the chosen parts in order. */
export function buildArticleText(parts: readonly ArticlePart[]): ArticleText {
  return runSteps(buildArticleTextSteps(parts));
}

/** The article text, its blocks and its map. */
export interface ArticleText {
  text: string;
  blocks: ArticleBlock[];
  map: TextMap;
}

/** `buildArticleText` as pausable steps (steps.ts): a pause point after each block. */
export function* buildArticleTextSteps(parts: readonly ArticlePart[]): Steps<ArticleText> {
  const builder = new TextMapBuilder();
  const blocks: ArticleBlock[] = [];
  for (const { block, kind } of parts) {
    builder.beginBlock();
    for (const node of block.nodes) appendNodeText(builder, node, isHardExcluded);
    const span = builder.endBlock();
    if (span !== null) blocks.push({ ...span, kind });
    yield;
  }
  const map = builder.build();
  return { text: map.text, blocks, map };
}
