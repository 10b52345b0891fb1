import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { collectBlocks } from '../../../../utils/core/article/blocks';
import { findHeadline, findStandfirst } from '../../../../utils/core/article/headline';

const linkedom = (html: string): Document => parseHTML(html).document as unknown as Document;

const TITLE = 'Ferry trust rebuilds the harbour ramp';
const DESCRIPTION = 'A miracle of one winter? The ferry trust keeps answering its critics.';
const STANDFIRST = 'A miracle of one winter? The harbour ferry trust keeps answering its critics, and the new ramp opened two weeks early, under budget and without closing the crossing.';
const BODY = 'Engineers replaced the lights on the ramp and repainted the safety lines, which had faded badly over the summer.';

const blocksOf = (html: string) => collectBlocks(linkedom(`<!doctype html><html><body>${html}</body></html>`).documentElement);

describe('findStandfirst', () => {
  it('takes the block the description was cut from (the description is its opening words)', () => {
    const blocks = blocksOf(`<h1>${TITLE}</h1><div class="author">Jo Marsh</div><div class="perex">${STANDFIRST}</div><p>${BODY}</p>`);
    const headline = findHeadline(blocks, TITLE, blocks.length);
    expect(findStandfirst(blocks, headline, DESCRIPTION)?.text).toBe(STANDFIRST);
  });

  it('does not pull a body paragraph that opens like the description up above the story', () => {
    const blocks = blocksOf(`<h1>${TITLE}</h1><p>${BODY}</p><p>${STANDFIRST}</p>`);
    const headline = findHeadline(blocks, TITLE, blocks.length);
    expect(findStandfirst(blocks, headline, DESCRIPTION)).toBeNull();
  });
});
