/**
 * Synthetic long news articles for the browser benchmark: a news-site page with navigation,
 * byline, figures with captions, inline links and emphasis, "read more" teasers, ad slots and a
 * "most read" sidebar around a body of `words` words. The text is built from our own sentence
 * templates filled with lexicon words (vocabulary.ts), so the built-in packs and the
 * lexicon-scale packs both find things in it. Deterministic for a given size.
 */
import {
  MODIFIERS, NOUNS, PACK_ACTORS, PACK_LOADED, PACK_PLACES, SCALE_NAMES, pick, prng, scaleName,
} from './vocabulary';

/** Sentences per paragraph, figures and ads every so many paragraphs: typical of wire copy pages. */
const SENTENCES_PER_PARAGRAPH = 4;
const FIGURE_EVERY = 7;
const AD_EVERY = 9;
const TEASER_EVERY = 12;
/** Share of scale names drawn from the first 100, so the 100-entry lexicon finds names too. */
const COMMON_NAME_SHARE = 0.7;
const COMMON_NAMES = 100;

type Slot = 'actor' | 'place' | 'loaded' | 'name' | 'phrase' | 'day';
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Our own sentence templates; {slot}s are filled from vocabulary.ts. */
const TEMPLATES: readonly string[] = [
  '{actor} said on {day} that the {phrase} would reopen once both sides had withdrawn their units.',
  'Residents of {place} told reporters that {name}, a local teacher, had organised the evacuation of two schools.',
  'Officials in {place} accused the {loaded} leadership of blocking the {phrase} for a third week.',
  '"We have kept every promise we made," {name} said, standing outside the regional council building.',
  'According to {name}, the {phrase} carried food, fuel and medicine for about four thousand people.',
  'The statement from {actor} described the group as {loaded} and said talks would not include them.',
  'Analysts said the dispute over the {phrase} showed how fragile the arrangement in {place} remained.',
  'On {day}, {name} and {name} met mediators in {place} to discuss prisoner exchanges and missing persons.',
  'Critics dismissed the broadcast as {loaded}, while supporters of {actor} shared it widely online.',
  'The ministry said {name} had been appointed to lead the {phrase} and would report to parliament within a month.',
  'Shops in the centre of {place} stayed closed and queues formed outside the only bakery still working.',
  'A spokesperson for {actor} declined to comment on reports that the {phrase} had been suspended.',
  'Farmers near {place} said they could not reach their fields because of mines left along the old front line.',
  'In a televised address, {actor} thanked {name} for negotiating the release of twelve detainees.',
  'Humanitarian groups warned that the winter would be harder than last year if the {phrase} stayed shut.',
  'The {loaded} commander, who calls himself a general, was not named in the final document.',
];

function fill(template: string, rand: () => number): string {
  return template.replace(/\{(\w+)\}/g, (_m, slot: Slot) => {
    switch (slot) {
      case 'actor': return pick(rand, PACK_ACTORS);
      case 'place': return pick(rand, PACK_PLACES);
      case 'loaded': return pick(rand, PACK_LOADED);
      case 'name': return scaleName(Math.floor(rand() * (rand() < COMMON_NAME_SHARE ? COMMON_NAMES : SCALE_NAMES)));
      case 'phrase': return `${pick(rand, MODIFIERS)} ${pick(rand, NOUNS)}`;
      case 'day': return pick(rand, DAYS);
    }
    return slot;
  });
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** One paragraph with inline markup: a link on one sentence, emphasis on another. */
function paragraph(rand: () => number): { html: string; words: number } {
  const sentences = Array.from({ length: SENTENCES_PER_PARAGRAPH }, () => fill(pick(rand, TEMPLATES), rand));
  const words = sentences.join(' ').split(/\s+/).length;
  const html = sentences
    .map((s, i) => {
      const text = escapeHtml(s);
      if (i === 1) return text.replace(/^(\S+ \S+)/, '<a href="#related">$1</a>');
      if (i === 2) return text.replace(/(\S+ \S+)\.$/, '<em>$1</em>.');
      return text;
    })
    .join(' ');
  return { html: `<p>${html}</p>`, words };
}

/** A complete article page with a body of about `targetWords` words. */
export function syntheticArticle(targetWords: number, seed = targetWords): string {
  const rand = prng(seed);
  const body: string[] = [];
  let words = 0;
  let n = 0;
  while (words < targetWords) {
    const p = paragraph(rand);
    body.push(p.html);
    words += p.words;
    n++;
    if (n % FIGURE_EVERY === 0) {
      body.push(`<figure><div class="photo" role="img" aria-label="Photograph"></div><figcaption>${escapeHtml(fill('Residents of {place} queue for water on {day}. Photo: {name}', rand))}</figcaption></figure>`);
    }
    if (n % AD_EVERY === 0) body.push('<div class="ad-slot" aria-hidden="true">Advertisement</div>');
    if (n % TEASER_EVERY === 0) {
      body.push(`<aside class="teaser">Read more: <a href="#teaser">${escapeHtml(fill('{actor} visits {place} as talks stall', rand))}</a></aside>`);
    }
  }
  const headline = `Talks on the ${MODIFIERS[0]} ${NOUNS[0]} stall as winter nears (${targetWords} words)`;
  const mostRead = Array.from({ length: 5 }, () => `<li><a href="#mr">${escapeHtml(fill('{actor} says {phrase} will reopen', rand))}</a></li>`).join('');
  const jsonLd = JSON.stringify({
    '@context': 'https://schema.org', '@type': 'NewsArticle', headline, datePublished: '2024-11-20T08:00:00Z',
    author: [{ '@type': 'Person', name: 'Bench Writer' }], publisher: { '@type': 'Organization', name: 'The Bench Courier' },
  });
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(headline)} | The Bench Courier</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="The Bench Courier">
<meta property="article:published_time" content="2024-11-20T08:00:00Z">
<script type="application/ld+json">${jsonLd}</script>
<style>body{font:18px/1.6 Georgia,serif;margin:0}.layout{display:grid;grid-template-columns:minmax(0,680px) 280px;gap:48px;max-width:1040px;margin:32px auto}
.photo{height:240px;background:#9aa}.ad-slot{height:120px;background:#eee}.teaser{border-left:4px solid #822;padding:8px}</style></head>
<body><header class="site"><p class="masthead">The Bench Courier</p><nav aria-label="Sections"><ul>
<li><a href="#w">World</a></li><li><a href="#e">Europe</a></li><li><a href="#c">Caucasus</a></li><li><a href="#o">Opinion</a></li></ul></nav></header>
<div class="layout"><main><article>
<h1>${escapeHtml(headline)}</h1>
<p class="standfirst">${escapeHtml(fill('{actor} and {actor} trade blame as the {phrase} stays closed.', rand))}</p>
<p class="byline">By Bench Writer · 20 November 2024</p>
<div class="article-body">
${body.join('\n')}
</div>
<div class="share"><button type="button">Share</button><button type="button">Save</button></div>
</article></main>
<aside class="most-read"><h2>Most read</h2><ol>${mostRead}</ol></aside></div>
<footer class="site">© The Bench Courier. Synthetic page written for the Framelens benchmark.</footer>
</body></html>`;
}
