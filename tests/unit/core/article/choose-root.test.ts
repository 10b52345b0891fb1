import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { detectArticle } from '../../../../utils/core/article';
import { collectBlocks } from '../../../../utils/core/article/blocks';
import { classifyBlock } from '../../../../utils/core/article/choose-root';

const linkedom = (html: string): Document => parseHTML(html).document as unknown as Document;

const page = (body: string): string =>
  `<!doctype html><html><head><title>Ferry resumes</title><meta property="og:type" content="article"></head><body>${body}</body></html>`;

/** A short story: two paragraphs, written for these tests. */
const STORY = [
  'The island ferry resumed its winter timetable on Monday after three weeks of repairs to the harbour ramp.',
  'Harbour staff said the first crossing left on time and carried forty cars, most of them delivery vans.',
];

/** Teaser blurbs of the kind news sites list beside a story: headline link, then an excerpt cut off mid-sentence. */
const TEASERS = [
  ['Council approves budget for the new library', 'The town council voted on Tuesday evening to approve the long-delayed budget for a new library building near the school, which...'],
  ['Storm warning for the north coast', 'Forecasters have issued a warning for gales along the north coast, saying that the strongest winds are expected to arrive on…'],
  ['Fishing quotas cut again', 'Local fishermen reacted with anger to the announcement that quotas for the coming season would be cut by a further ten per cent and [&hellip;]'],
];

describe('classifyBlock', () => {
  it('counts a link-led excerpt cut off with an ellipsis as a teaser, not story text', () => {
    const doc = linkedom(page(`<ul>${TEASERS.map(([h, b]) => `<li><a href="/x">${h}</a> <span>${b}</span></li>`).join('')}</ul>`));
    const blocks = collectBlocks(doc.documentElement);
    expect(blocks.map(classifyBlock)).toEqual(['bad', 'bad', 'bad']);
  });

  it('keeps a story paragraph that trails off with an ellipsis', () => {
    const doc = linkedom(page('<p>He paused before answering, and then said only that the ferry would run as long as there were passengers to carry...</p>'));
    const blocks = collectBlocks(doc.documentElement);
    expect(classifyBlock(blocks[blocks.length - 1]!)).toBe('good');
  });
});

describe('detectArticle on a short story beside a teaser list', () => {
  it('leaves out the truncated teaser blurbs', () => {
    const teasers = `<div class="latest"><ul>${TEASERS.map(([h, b]) => `<li><a href="/x">${h}</a> <span>${b}</span></li>`).join('')}</ul></div>`;
    const html = page(`<div class="main">${teasers}<div class="story"><h1>Ferry resumes</h1>${STORY.map((p) => `<p>${p}</p>`).join('')}</div></div>`);
    const result = detectArticle(linkedom(html), { force: true });
    for (const p of STORY) expect(result.text).toContain(p);
    expect(result.text).not.toContain('library');
    expect(result.text).not.toContain('gales');
  });
});

/** A long caption gallery (each slide a headline and a paragraph of prose), in our own words. */
const GALLERY = Array.from({ length: 12 }, (_, i) =>
  `<li><h2>${i + 1}/12 Harbour scene</h2><p>Slide ${i + 1} shows the harbour at a different hour of the day, with boats, cranes and the ferry ramp in the background of the picture.</p></li>`).join('');
/** Links to other sections between the story and the gallery, as on a real page. */
const LINKS = `<div class="more"><ul>${Array.from({ length: 30 }, (_, i) => `<li><a href="/s${i}">Harbour section page number ${i + 1}</a></li>`).join('')}</ul></div>`;
const BODY = [
  ...STORY,
  'The trust said the ramp would be inspected again in spring, and that no further closures were planned before then.',
  'Passengers who had booked crossings during the repairs will be refunded automatically within a month, it added.',
  'A spokesman thanked residents for their patience and said the timetable would be reviewed after the first week.',
];

describe('detectArticle with a stated body', () => {
  it('without one, the longer caption gallery wins (why the stated body matters)', () => {
    const html = page(`<div class="page"><div class="text">${BODY.map((p) => `<p>${p}</p>`).join('')}</div></div>${LINKS}<ul class="legends">${GALLERY}</ul>`);
    expect(detectArticle(linkedom(html), { force: true }).text).toContain('Slide 3');
  });

  it('picks the microdata articleBody over a longer caption gallery', () => {
    const html = page(`<div class="page"><div itemprop="articleBody">${BODY.map((p) => `<p>${p}</p>`).join('')}</div></div>${LINKS}<ul class="legends">${GALLERY}</ul>`);
    const result = detectArticle(linkedom(html), { force: true });
    for (const p of BODY) expect(result.text).toContain(p);
    expect(result.text).not.toContain('Slide 3');
  });

  it('picks the blocks the JSON-LD articleBody states over a longer caption gallery', () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Ferry resumes', articleBody: BODY.join(' ') });
    const html = page(`<script type="application/ld+json">${ld}</script><div class="page"><div class="text">${BODY.map((p) => `<p>${p}</p>`).join('')}</div></div>${LINKS}<ul class="legends">${GALLERY}</ul>`);
    const result = detectArticle(linkedom(html), { force: true });
    for (const p of BODY) expect(result.text).toContain(p);
    expect(result.text).not.toContain('Slide 3');
  });

  it('keeps the stated body as root when a gallery inside it outweighs the story', () => {
    const slides = `<div class="gallery">${GALLERY.repeat(3)}</div>`;
    const html = page(`<div itemprop="articleBody">${BODY.map((p) => `<p>${p}</p>`).join('')}${slides}</div>`);
    const result = detectArticle(linkedom(html));
    expect(result.isArticle).toBe(true);
    expect(result.root?.getAttribute('itemprop')).toBe('articleBody');
    for (const p of BODY) expect(result.text).toContain(p);
    expect(result.text).not.toContain('Slide 3');
  });
});
