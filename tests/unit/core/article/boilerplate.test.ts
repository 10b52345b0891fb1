import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { hasNegativeName, isBoilerplateBox, isBoilerplateText } from '../../../../utils/core/article/boilerplate';

const element = (html: string): Element => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body.firstElementChild as unknown as Element;

/** Furniture that sits inside story containers, in our own words. */
const FURNITURE: [string, string][] = [
  ['a newsletter prompt', 'Start your morning with the Harbour Briefing. Sign up for the free daily newsletter.'],
  ['a newsletter pitch', 'Our newsletter goes out every Friday: subscribe to get the week in one email.'],
  ['a cookie notice', 'This website uses cookies to improve your experience. You can opt out if you wish.'],
  ['a caption ending in a credit', 'Ferry passengers queue on the ramp before the first crossing (Image: HARBOUR TRUST )'],
  ['a photo credit in brackets', 'The repaired ramp at low tide (Photo: Local News Agency)'],
  ['a publication dateline', 'PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019'],
];

/** Story sentences that mention the same words. */
const STORY: [string, string][] = [
  ['a sentence about a newsletter', 'The council said it would publish the results in its newsletter next month.'],
  ['a sentence about cookies', 'The bakery on the quay sold out of cookies before the first ferry even arrived.'],
  ['a sentence quoting a photo', 'Photos taken by passengers show the ramp under water (Image 2 in the report).'],
  ['a sentence starting with "Published"', 'Published figures show 40 cars crossed on the first day, most of them vans.'],
];

describe('isBoilerplateText', () => {
  it.each(FURNITURE)('flags %s', (_name, text) => {
    expect(isBoilerplateText(text)).toBe(true);
  });

  it.each(STORY)('keeps %s', (_name, text) => {
    expect(isBoilerplateText(text)).toBe(false);
  });

  it('keeps a long paragraph that happens to mention a newsletter sign-up', () => {
    const long = `${'The harbour trust explained the repairs at length. '.repeat(5)}Readers can sign up for its newsletter.`;
    expect(isBoilerplateText(long)).toBe(false);
  });
});

describe('hasNegativeName', () => {
  it.each([
    ['a share bar', '<div class="social-share"></div>', true],
    ['a social embed holding a quoted post', '<div class="social-media-embed"></div>', false],
    ['an embedded tweet', '<blockquote class="twitter-tweet"></blockquote>', false],
  ])('%s', (_name, html, negative) => {
    expect(hasNegativeName(element(html))).toBe(negative);
  });
});

describe('isBoilerplateBox', () => {
  it.each([
    ['a "read more" box of teaser links', '<div id="read-more"><a href="/a">Read more</a></div>', true],
    ['a "read more" box around the rest of the story', '<div id="read-more"><a href="">Read more</a><div id="read-more-content"><p>The rest.</p></div></div>', false],
    ['a comments box around readers\' "entry-content"', '<div class="comments"><ol><li><article><p class="entry-content">Nice.</p></article></li></ol></div>', true],
  ])('%s', (_name, html, boxed) => {
    expect(isBoilerplateBox(element(html))).toBe(boxed);
  });
});
