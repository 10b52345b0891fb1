import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { detectArticle } from '../../../../utils/core/article';
import { collectBlocks } from '../../../../utils/core/article/blocks';
import { findTeaserBlocks } from '../../../../utils/core/article/teaser-cards';

const linkedom = (html: string): Document => parseHTML(html).document as unknown as Document;

const STORY = [
  'The harbour trust reopened the ferry ramp on Monday, three weeks ahead of the date it gave in the spring.',
  'Engineers replaced the lights and repainted the safety lines, which had faded badly over the summer months.',
  'The first crossing left at ten past seven with eleven cars and a delivery van for the island shop on board.',
];
const TEASERS = [
  ['Storm closes the north pier', 'The pier stays shut until engineers have checked the pilings, the council said on Sunday evening.'],
  ['Island school gets a new roof', 'Builders finished the work during the half-term break, two days before the pupils came back to class.'],
  ['Ferry fares rise in January', 'Return tickets for cars will cost four pounds more from the new year, the operator told passengers.'],
  ['Lifeboat crew rescue two kayakers', 'The pair were found clinging to a buoy off the point after their boat capsized in a sudden squall.'],
];

const cards = (wrap: (card: string) => string): string => TEASERS
  .map(([h, blurb]) => wrap(`<div class="card"><h3><a href="/x">${h}</a></h3><span class="date">2 hours ago</span><p>${blurb}</p></div>`))
  .join('');

const page = (list: string): string => `<!doctype html><html><head><title>Ferry ramp reopens early</title>
  <meta property="og:type" content="article"></head><body><main><div class="column">
  <div class="story"><h1>Ferry ramp reopens early</h1>${STORY.map((p) => `<p>${p}</p>`).join('')}</div>
  <div class="stream">${list}</div></div></main></body></html>`;

describe('findTeaserBlocks', () => {
  it('marks the blurbs of repeated headline-and-blurb cards', () => {
    const blocks = collectBlocks(linkedom(page(cards((c) => c))).documentElement);
    const teasers = findTeaserBlocks(blocks);
    for (const [, blurb] of TEASERS) expect([...teasers].map((b) => b.text)).toContain(blurb);
    for (const p of STORY) expect([...teasers].map((b) => b.text)).not.toContain(p);
  });

  it('finds cards wrapped in list items', () => {
    const blocks = collectBlocks(linkedom(page(`<ul>${cards((c) => `<li>${c}</li>`)}</ul>`)).documentElement);
    expect(findTeaserBlocks(blocks).size).toBeGreaterThanOrEqual(TEASERS.length);
  });

  it('leaves a roundup alone: linked subheadings over long paragraphs are the story', () => {
    const long = `${STORY.join(' ')} ${STORY.join(' ')}`;
    const html = `<!doctype html><html><body><article>${TEASERS.map(([h]) => `<section><h2><a href="/x">${h}</a></h2><p>${long}</p></section>`).join('')}</article></body></html>`;
    expect(findTeaserBlocks(collectBlocks(linkedom(html).documentElement)).size).toBe(0);
  });

  it('needs the cards to repeat: one linked heading over a short paragraph is not a teaser list', () => {
    const html = `<!doctype html><html><body><article><div><h2><a href="/x">${TEASERS[0]![0]}</a></h2><p>${TEASERS[0]![1]}</p></div></article></body></html>`;
    expect(findTeaserBlocks(collectBlocks(linkedom(html).documentElement)).size).toBe(0);
  });
});

describe('detectArticle next to teaser cards', () => {
  it('keeps a short story and leaves the cards beside it out', () => {
    const result = detectArticle(linkedom(page(cards((c) => c))));
    for (const p of STORY) expect(result.text).toContain(p);
    for (const [h, blurb] of TEASERS) {
      expect(result.text).not.toContain(h);
      expect(result.text).not.toContain(blurb);
    }
  });
});
