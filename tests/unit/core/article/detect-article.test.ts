import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { Window } from 'happy-dom';
import { detectArticle, isProbablyArticle } from '../../../../utils/core/article';
import { createDomRange, normalizeText } from '../../../../utils/core/text/text-map';

const P = [
  'Negotiators from both delegations met for a fourth round of talks at the lakeside hotel on Wednesday morning.',
  'The mediator told reporters that a draft on prisoner exchanges was close to agreement, though two clauses remained open.',
  'Relatives of detainees gathered outside the gates, holding photographs and asking to be told where their sons were held.',
  'A spokesman for the northern delegation said the talks would continue on Thursday and that no walkout was planned.',
].map((t) => `<p>${t}</p>`);

function story(extra: string, position = 2): string {
  const body = [...P];
  body.splice(position, 0, extra);
  return `<!doctype html><html><head><title>Talks resume</title><meta property="og:type" content="article"></head>
    <body><nav><a href="/">Home</a></nav><article><h1>Talks resume at the lake</h1><div class="content">${body.join('')}</div></article></body></html>`;
}

const linkedom = (html: string): Document => parseHTML(html).document as unknown as Document;

const BOILERPLATE: [string, string, string][] = [
  ['navigation', '<nav><ul><li><a href="/a">Politics section front</a></li></ul></nav>', 'Politics section front'],
  ['a "READ MORE" teaser', '<p><strong>READ MORE:</strong> <a href="/x">Earlier rounds of talks collapsed in spring</a></p>', 'Earlier rounds'],
  ['an "Also read" teaser', '<p>Also read: <a href="/y">Who are the mediators</a></p>', 'Who are the mediators'],
  ['a "Related" box', '<div class="related-stories"><h3>Related</h3><p>Profiles of the negotiators and the long road to this week of talks at the lake.</p></div>', 'Profiles of the negotiators'],
  ['a figure caption and credit', '<figure><img alt=""><figcaption>Delegates arrive at the hotel. Photo: Agency</figcaption></figure>', 'Delegates arrive'],
  ['a caption outside <figure>', '<div class="image-caption">The hotel terrace where the delegations met for lunch on the first day of talks.</div>', 'hotel terrace'],
  ['an ad slot', '<div class="ad-container"><span>Advertisement</span></div>', 'Advertisement'],
  ['a "Loading…" slot', '<div class="embed-placeholder">Loading…</div>', 'Loading'],
  ['a newsletter box', '<div class="newsletter"><p>Get our morning briefing in your inbox every weekday, with the stories that matter most.</p></div>', 'morning briefing'],
  ['a share bar', '<div class="share-tools"><a href="#">Facebook</a> <a href="#">Twitter</a> <span>Share this article with friends and family</span></div>', 'Share this article'],
  ['a comments section', '<section id="comments"><p>I think both sides should sit down and agree on the exchange before the winter sets in properly.</p></section>', 'before the winter'],
  ['aria-hidden content', '<p aria-hidden="true">A duplicate paragraph for visual layout that assistive technology skips entirely.</p>', 'duplicate paragraph'],
  ['hidden content', '<p hidden>An unpublished paragraph the editors have hidden from readers for the time being.</p>', 'unpublished paragraph'],
  ['display:none content', '<div style="display: none">A paragraph hidden by an inline style and never shown to readers at all.</div>', 'inline style'],
  ['a script and a style', '<script>var tracker = "pageview";</script><style>.x{color:red}</style>', 'tracker'],
];

/** Containers whose names look like boilerplate but hold the story (each one a bug found on the benchmark). */
const STORY_WRAPPERS: [string, string][] = [
  ['a paywall wrapper', '<div class="paywall">'],
  ['a "continue reading" box', '<div id="read-more-content">'],
  ['a heading-slug id', '<div id="sharing-the-results-with-the-public" class="section">'],
];

describe('detectArticle', () => {
  it.each(STORY_WRAPPERS)('keeps the story in %s', (_name, open) => {
    const html = story('').replace(P.slice(2).join(''), `${open}${P.slice(2).join('')}</div>`);
    const result = detectArticle(linkedom(html));
    for (const p of P) expect(result.text).toContain(p.replace(/<\/?p>/g, ''));
  });

  it.each(BOILERPLATE)('leaves out %s', (_name, html, marker) => {
    const result = detectArticle(linkedom(story(html)));
    expect(result.isArticle).toBe(true);
    expect(result.text).toContain(P[2]?.slice(3, 40));
    expect(result.text).not.toContain(marker);
  });

  it('returns headline then body blocks in reading order', () => {
    const result = detectArticle(linkedom(story('')));
    expect(result.blocks.map((b) => b.kind)).toEqual(['headline', 'paragraph', 'paragraph', 'paragraph', 'paragraph']);
    expect(result.text.split('\n\n')[0]).toBe('Talks resume at the lake');
    expect(result.reason).toMatch(/^og:type article \+ \d+-word body$/);
    expect(result.root?.className).toBe('content');
  });

  it('picks the story among several <article> elements', () => {
    const teasers = Array.from({ length: 5 }, (_, i) =>
      `<article class="teaser"><h3><a href="/t${i}">Teaser headline number ${i} about another story</a></h3><p><a href="/t${i}">Short teaser line ${i}.</a></p></article>`).join('');
    const html = `<html><body><div class="grid">${teasers}<article class="main">${P.join('')}</article>${teasers}</div></body></html>`;
    const result = detectArticle(linkedom(html), { force: true });
    expect(result.root?.className).toBe('main');
    expect(result.text).not.toContain('Teaser headline');
  });

  it('works without <article> markup, on <div> paragraphs and <br>-separated text', () => {
    const plain = P.map((p) => p.replace(/<\/?p>/g, ''));
    const html = `<html><body><div id="x"><div>${plain[0]}</div><div>${plain[1]}</div><div>${plain[3]}</div><div>${plain[0]}</div>${plain[2]}<br><br>${plain[3]}</div></body></html>`;
    const result = detectArticle(linkedom(html));
    expect(result.isArticle).toBe(true);
    expect(result.text).toContain('where their sons were held.\nA spokesman');
  });

  it('says no for a page of teasers and explains why, but extracts when forced', () => {
    const teasers = Array.from({ length: 8 }, (_, i) => `<li><a href="/s${i}">Story ${i} headline on the front page</a></li>`).join('');
    const html = `<html><body><ul>${teasers}</ul><p>${P[0]?.replace(/<\/?p>/g, '')}</p></body></html>`;
    const result = detectArticle(linkedom(html));
    expect(result.isArticle).toBe(false);
    expect(result.root).toBeNull();
    expect(result.text).toBe('');
    expect(result.reason).toMatch(/no article markup/);
    const forced = detectArticle(linkedom(html), { force: true });
    expect(forced.isArticle).toBe(false);
    expect(forced.text).toContain('Negotiators from both delegations');
  });

  it('maps every word of the text back to the live DOM (happy-dom Range)', () => {
    const window = new Window();
    window.document.write(story('<p>The <a href="#">UN envoy</a> called the <em>draft</em> “a step&shy;ping stone”,<br>not a deal.</p>'));
    const doc = window.document as unknown as Document;
    const result = detectArticle(doc);
    for (const m of result.text.matchAll(/\S+/g)) {
      const spec = result.map.rangeFor(m.index, m.index + m[0].length);
      expect(spec).not.toBeNull();
      if (spec !== null) expect(normalizeText(createDomRange(doc, spec).toString())).toBe(m[0]);
    }
  });

  it('never changes the document', () => {
    const doc = linkedom(story('<div class="ad-slot">Advertisement</div>'));
    const before = doc.documentElement.outerHTML;
    detectArticle(doc, { force: true });
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('isProbablyArticle', () => {
  it('says yes to a page with several long paragraphs', () => {
    const long = `<html><body><div>${P.join('').replace(/<\/p><p>/g, ' ')}</div><p>${P.join(' ').replace(/<\/?p>/g, '')}</p></body></html>`;
    expect(isProbablyArticle(linkedom(long))).toBe(true);
  });

  it('says no to a link list and to paragraphs hidden in navigation', () => {
    const links = Array.from({ length: 20 }, (_, i) => `<p><a href="/${i}">${P[0]?.replace(/<\/?p>/g, '')}</a></p>`).join('');
    expect(isProbablyArticle(linkedom(`<html><body>${links}<nav>${P.join('')}</nav></body></html>`))).toBe(false);
  });
});
