import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { detectArticle } from '../../../../utils/core/article';

const linkedom = (html: string): Document => parseHTML(html).document as unknown as Document;

const P = [
  'The harbour trust published its weekly notes on Friday, listing the repairs finished since the ramp reopened.',
  'Most of the work was done at night, the trust said, so that the early ferry could keep to its winter timetable.',
  'The next notes will follow in a fortnight, once the inspection of the northern pier has been completed.',
];

const page = (middle: string): string => `<!doctype html><html><head><title>Harbour notes</title><meta property="og:type" content="article"></head>
  <body><article><h1>Harbour notes</h1><p>${P[0]}</p><p>${P[1]}</p>${middle}<p>${P[2]}</p></article></body></html>`;

describe('selectBody', () => {
  it('keeps a linked sentence between two story paragraphs', () => {
    const sentence = 'Thanks to <a href="/people/jo">Jo Marsh of the harbour trust</a>, <a href="/ramp">the ramp</a> has new lights.';
    const result = detectArticle(linkedom(page(`<p>${sentence}</p>`)));
    expect(result.text).toContain('Thanks to Jo Marsh of the harbour trust, the ramp has new lights.');
    for (const p of P) expect(result.text).toContain(p);
  });

  it('keeps a fully linked line that ends as a sentence ends, between two story paragraphs', () => {
    const line = '<a href="/people/jo">"Jo," said the harbour master, "the ramp opens again on Monday."</a>';
    const result = detectArticle(linkedom(page(`<p>${line}</p>`)));
    expect(result.text).toContain('"Jo," said the harbour master, "the ramp opens again on Monday."');
  });

  it('still drops a headline link between two story paragraphs', () => {
    const teaser = '<a href="/other">Storm closes the north pier for a day</a> (earlier)';
    const result = detectArticle(linkedom(page(`<p>${teaser}</p>`)));
    expect(result.text).not.toContain('Storm closes');
  });

  it('keeps the opening paragraph when one inline teaser cuts it off from the rest', () => {
    const more = [
      'Engineers replaced the lights on the ramp and repainted the safety lines, which had faded badly over the summer.',
      'They also fitted a new barrier at the top of the slipway, after two cars rolled back during the storm in October.',
      'The ticket office moved to the old customs house for the duration of the works and will stay there until March.',
      'Staff said queues had been shorter than expected, partly because more passengers now book their crossings online.',
      'A second phase of repairs, to the breakwater, is planned for next summer and will need a separate budget vote.',
    ];
    const html = `<!doctype html><html><head><title>Harbour notes</title><meta property="og:type" content="article"></head>
      <body><article><h1>Harbour notes</h1><p>${P[0]}</p><p><a href="/x">Also: see our ferry coverage</a></p>
      ${[P[1], ...more, P[2]].map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    const result = detectArticle(linkedom(html));
    expect(result.text).toContain(P[0]);
    expect(result.text).not.toContain('ferry coverage');
  });

  it('keeps the opening paragraph when an inline "Related" box with a title and a headline cuts it off', () => {
    const more = [
      'Engineers replaced the lights on the ramp and repainted the safety lines, which had faded badly over the summer.',
      'They also fitted a new barrier at the top of the slipway, after two cars rolled back during the storm in October.',
      'The ticket office moved to the old customs house for the duration of the works and will stay there until March.',
      'Staff said queues had been shorter than expected, partly because more passengers now book their crossings online.',
    ];
    const box = '<div class="related-wrap"><div class="block-title">See also</div><div class="related-box"><a href="/x"><h3>Storm closes the north pier for a day, and the ferry runs from the south quay</h3></a></div></div>';
    const html = `<!doctype html><html><head><title>Harbour notes</title><meta property="og:type" content="article"></head>
      <body><article><h1>Harbour notes</h1><div class="content"><p>${P[0]}</p>${box}
      ${[P[1], ...more, P[2]].map((p) => `<p>${p}</p>`).join('')}</div></article></body></html>`;
    const result = detectArticle(linkedom(html));
    expect(result.text).toContain(P[0]);
    expect(result.text).not.toContain('north pier for a day');
  });

  describe('short lines next to an inline box, inside the story', () => {
    const LEAD = 'Glass cloches make a small garden that needs little care, and a weekend is enough to build one at the kitchen table.';
    const STEPS = [
      'Measure the rim of the cloche and cut the foam about an inch smaller, so that the glass can sit over it with room to spare.',
      'Press the plants into the foam, the tallest at the back, and cover the rest of the foam with moss held down by the wire pins.',
      'Set the cloche over the garden and keep it out of direct sun; a light mist of water once a week is all the moss will need.',
    ];
    const ITEMS = ['Cloche', 'Floral foam', 'Moss', 'Wire pins'];
    const box = '<div class="related"><h3>Other people are reading</h3><ul><li><a href="/a">Plant terrarium ideas</a></li><li><a href="/b">Succulent gardens</a></li></ul></div>';
    const page = (middle: string, tail = ''): Document => linkedom(`<!doctype html><html><head><title>How to build a terrarium</title>
      <meta property="og:type" content="article"></head><body><article><h1>How to build a terrarium</h1><div class="steps"><p>${LEAD}</p>${box}
      ${middle}${STEPS.map((p) => `<p>${p}</p>`).join('')}${tail}</div></article></body></html>`);

    it('keeps a short list that opens the part of the story after the box', () => {
      const result = detectArticle(page(`<p>What you'll need:</p><ul>${ITEMS.map((i) => `<li>${i}</li>`).join('')}</ul>`));
      expect(result.text).toContain(LEAD);
      expect(result.text).toContain("What you'll need:");
      for (const item of ITEMS) expect(result.text).toContain(item);
      expect(result.text).not.toContain('Succulent gardens');
    });

    it('drops the label that announces a box before more story ("More:"), and short lines at the story\'s end', () => {
      const second = `<h4>More:</h4>${box.replace('related', 'related second')}<p>${P[0]}</p><p>${P[1]}</p>`;
      const result = detectArticle(page('', `${second}<p>Filed at 10:42</p>`));
      expect(result.text).toContain(P[1]);
      expect(result.text).not.toContain('More:');
      expect(result.text).not.toContain('Filed at');
    });
  });

  describe('a long paragraph between two captions', () => {
    const sentence = (n: number): string => `Paragraph ${n} of the build log explains how the placer walks the netlist, scores each candidate site and moves a cell at random when the score gets worse.`;
    const para = (n: number, k: number): string => `<p>${Array.from({ length: k }, () => sentence(n)).join(' ')}</p>`;
    const caption = (t: string): string => `<table class="tr-caption-container"><tr><td>${t}</td></tr></table>`;
    const teaser = '<div class="related"><a href="/t">Earlier: the first board</a><p>How the first prototype board came together in a weekend of soldering.</p></div>';
    const page = (middle: string): Document => linkedom(`<!doctype html><html><head><title>Build log</title>
      <meta property="og:type" content="article"></head><body><article><h1>Build log</h1><div class="post">
      ${para(1, 1)}${para(2, 2)}${para(3, 2)}${para(4, 2)}${middle}${[6, 7, 8, 9, 10, 11, 12, 13].map((n) => para(n, 3)).join('')}</div></article></body></html>`);

    it('keeps it, however small a share of the story it is', () => {
      const result = detectArticle(page(`${caption('Block diagram')}${para(5, 3)}${caption('Schematic from hell!')}`));
      expect(result.text).toContain(sentence(5));
      expect(result.text).not.toContain('Schematic from hell');
    });

    it('still drops a teaser blurb between two parts of the story', () => {
      expect(detectArticle(page(teaser)).text).not.toContain('prototype board');
    });
  });

  describe('a linked subheading between story paragraphs', () => {
    const review = (name: string): string => `${name} is the launch title that shows the headset off best: it runs smoothly, it looks sharp from every angle, and it is easy to pick up for a first session. The levels are short enough to play while someone waits for a turn, yet there is enough depth to come back to after a month. It is the one we would buy first.`;
    const page = (sub: string, after: string): Document => linkedom(`<!doctype html><html><head><title>The best launch games</title>
      <meta property="og:type" content="article"></head><body><article><h1>The best launch games</h1>
      <p>${review('Tempest')}</p><h3><a href="/shop/game">${sub}</a></h3><p>${after}</p><p>${review('Drift')}</p></article></body></html>`);

    it('keeps it when a full paragraph follows (a roundup item)', () => {
      expect(detectArticle(page('“Harbour Run” ($20)', review('Harbour Run'))).text).toContain('“Harbour Run” ($20)');
    });

    it('still drops it when only a blurb follows (an inline teaser)', () => {
      const result = detectArticle(page('Our guide to the best headsets', 'Which headset should you buy this winter? We tried them all.'));
      expect(result.text).not.toContain('Our guide to the best headsets');
      expect(result.text).toContain(review('Drift'));
    });
  });

  it('reads on across caption boxes: a short paragraph between two captions stays, the captions go', () => {
    const para = (n: number): string => `<p>Note ${n}: the crew replaced another section of the ramp today and found the old pilings in better shape than the survey had suggested.</p>`;
    const caption = (t: string): string => `<div class="wp-caption"><p class="wp-caption-text">${t}</p></div>`;
    const html = `<!doctype html><html><head><title>Ramp diary</title><meta property="og:type" content="article"></head><body><article>
      <h1>Ramp diary</h1><div class="entry">${[1, 2, 3, 4, 5, 6].map(para).join('')}${caption('The old ramp, photographed from the ferry in 1998 by a passenger.')}
      <p>Short note: the crane left on Tuesday, a day early, after the last beam was lifted into place.</p>
      ${caption('The new lights on the ramp at dusk, seen from the harbour wall.')}${[7, 8, 9, 10, 11, 12].map(para).join('')}</div></article></body></html>`;
    const result = detectArticle(linkedom(html));
    expect(result.text).toContain('Short note: the crane left on Tuesday');
    expect(result.text).not.toContain('photographed from the ferry');
    expect(result.text).not.toContain('seen from the harbour wall');
  });

  describe('pauses inside the story: ad-slot labels and linked credit lines', () => {
    const para = (n: number): string => `<p>Entry ${n}: the crew replaced another section of the ramp today and found the old pilings in better shape than the survey had suggested.</p>`;
    const short = '<p>The crane left on Tuesday, a day early, after the last beam was lifted into place.</p>';
    const page = (before: string, after: string): Document => linkedom(`<!doctype html><html><head><title>Ramp diary</title>
      <meta property="og:type" content="article"></head><body><article><h1>Ramp diary</h1><div class="entry">
      ${[1, 2, 3, 4, 5, 6].map(para).join('')}${before}${short}${after}${[7, 8, 9, 10, 11, 12].map(para).join('')}</div></article></body></html>`);
    const ad = '<div class="ad-unit"><div class="ad-label">Advertisement</div><div class="ad-container"></div></div>';

    it('reads on across ad slots: a short paragraph between two of them stays, the labels go', () => {
      const result = detectArticle(page(ad, ad));
      expect(result.text).toContain('The crane left on Tuesday');
      expect(result.text).not.toContain('Advertisement');
    });

    it.each(['Advertisement', 'Advertising'])('keeps the closing paragraph after an ad slot labelled "%s"', (label) => {
      const closing = '<p>The last beam went in on Friday, and the ramp opens to cars again on Monday morning, the trust said.</p>';
      const slot = `<div class="ad-unit"><div class="ad-label">${label}</div><div class="ad-container"></div></div>`;
      const result = detectArticle(linkedom(`<!doctype html><html><head><title>Ramp diary</title><meta property="og:type" content="article"></head>
        <body><article><h1>Ramp diary</h1><div class="entry">${[1, 2, 3, 4, 5, 6, 7, 8].map(para).join('')}${slot}${closing}</div></article></body></html>`));
      expect(result.text).toContain('The last beam went in on Friday');
      expect(result.text).not.toContain(label);
    });

    it('reads on across linked credit lines: a short paragraph between two pictures\' credits stays, the credits go', () => {
      const credit = (name: string): string => `<p>(Artist: <a href="https://example.org/${name}">${name} Studio Illustrations</a>)</p>`;
      const result = detectArticle(page(`${ad}${credit('Wavecrest')}`, `${ad}${credit('Harbourlight')}`));
      expect(result.text).toContain('The crane left on Tuesday');
      expect(result.text).not.toContain('Wavecrest');
      expect(result.text).not.toContain('Harbourlight');
    });

    it('still ends the story at a linked line that is not a credit', () => {
      const teaser = '<p><a href="/other">Storm closes the north pier for a day</a></p>';
      const result = detectArticle(page(`${ad}${teaser}`, `${ad}${teaser}`));
      expect(result.text).not.toContain('Storm closes');
    });
  });

  describe('link-dense items of a list that holds story items', () => {
    const para = (n: number): string => `<p>Note ${n}: the crew replaced another section of the ramp today and found the old pilings in better shape than the survey had suggested.</p>`;
    const item = (t: string): string => `<li>${t}</li>`;
    const bug = (n: number, t: string): string => item(`<a href="https://bugs.example.org/${n}">Bug ${n} – ${t}</a>`);
    const page = (list: string): Document => linkedom(`<!doctype html><html><head><title>Ramp notes</title>
      <meta property="og:type" content="article"></head><body><article><h1>Ramp notes</h1><div class="entry">
      ${[1, 2, 3, 4, 5, 6].map(para).join('')}<ul>${list}</ul></div></article></body></html>`);

    it('keeps linked items between story items of one list, and the story item after them', () => {
      const result = detectArticle(page([
        item('The lights on the ramp now switch on at dusk by themselves, after the new sensor was fitted on Monday night.'),
        bug(1201, 'Ramp lights flicker in heavy rain'), bug(1202, 'Sensor reports dusk at noon in fog'),
        item('The barrier at the top of the slipway was replaced as well, and it now closes whenever the tide is too low.'),
      ].join('')));
      expect(result.text).toContain('Bug 1201 – Ramp lights flicker in heavy rain');
      expect(result.text).toContain('The barrier at the top of the slipway was replaced as well');
    });

    it('keeps a sub-list of links under an item of a story list ("In progress:" over bug links)', () => {
      const result = detectArticle(page([
        item('The lights on the ramp now switch on at dusk by themselves, after the new sensor was fitted on Monday night.'),
        item(`In progress:<ul>${bug(1203, 'Barrier closes too early at low tide')}${bug(1204, 'Sensor log fills the disk in a week')}</ul>`),
        item('The barrier at the top of the slipway was replaced as well, and it now closes whenever the tide is too low.'),
      ].join('')));
      expect(result.text).toContain('Bug 1203 – Barrier closes too early at low tide');
      expect(result.text).toContain('Bug 1204 – Sensor log fills the disk in a week');
    });

    it('still drops a list of links with no story item in it', () => {
      const result = detectArticle(page([bug(1201, 'Ramp lights flicker in heavy rain'), bug(1202, 'Sensor reports dusk at noon in fog')].join('')));
      expect(result.text).not.toContain('Bug 1201');
    });
  });

  describe('an opening paragraph cut off by a gallery or product box', () => {
    const lead = 'The new harbour ferry is the best boat the trust has ever bought. It is faster than the old one, it carries twice as many cars, '
      + 'and it runs on batteries for the whole crossing. It is just about everything a commuter could ask for. The only problem is the price: '
      + 'at four million it cost a third more than the trust had planned, and fares will rise in spring to pay for it.';
    const box = `<div class="product"><h4>Gallery: the new ferry | 12 photos</h4><div><a href="/g/1">+8</a></div>
      <div><a href="/maker">Harbour Yards</a></div><div><a href="/ferry">Ferry</a></div><div>from 4 million</div><div><a href="/buy">Buy tickets</a></div>
      <h5>Pros</h5><ul><li>Quiet and fast</li><li>Twice the cars</li></ul></div>`;
    const story = [
      'Crews took the ferry out for six test crossings last week, and each one finished within a minute of the timetable.',
      'The captain said the boat handled well in a strong westerly, though the ramp needed adjusting at the south quay.',
      'Passengers on the first public crossing on Monday praised the quiet engines and the larger lounge on the upper deck.',
      'The old ferry will stay in service as a reserve until the summer, when the trust plans to sell it to a buyer abroad.',
    ];
    // A long review: the opening paragraph alone is well under a fifth of the text after the box.
    const body = [1, 2, 3, 4, 5].flatMap((week) => story.map((p) => `<p>Week ${week}. ${p}</p>`)).join('');
    const page = (first: string): Document => linkedom(`<!doctype html><html><head><title>Ferry review</title>
      <meta property="og:type" content="article"></head><body><article><h1>Ferry review</h1><div class="block"><p>${first}</p></div>
      ${box}<div class="text">${body}</div></article></body></html>`);

    it('keeps an opening paragraph longer than any teaser blurb, however many box lines stand between it and the story', () => {
      const result = detectArticle(page(lead));
      expect(result.text).toContain(lead);
      for (const p of story) expect(result.text).toContain(p);
    });

    it('still drops a short blurb above the box', () => {
      const blurb = 'Next week: the trust explains how the new timetable will work for the early crossings in winter.';
      const result = detectArticle(page(blurb));
      expect(result.text).not.toContain('Next week: the trust explains');
      for (const p of story) expect(result.text).toContain(p);
    });
  });

  describe('linked names in a data table', () => {
    const para = (n: number): string => `<p>Note ${n}: the crew weighed every ferry before and after the refit, and the figures below show how much each one lost.</p>`;
    const cell = (t: string): string => `<td><div>${t}</div></td>`;
    const row = (name: string, before: string, after: string): string => `<tr>${cell(`<a href="/ferries/${name}">${name}</a>`)}${cell(before)}${cell(after)}</tr>`;
    const table = `<table><tbody><tr>${cell('Ferry')}${cell('Before')}${cell('After')}</tr>${row('Wavecrest', '410 t', '388 t')}${row('Harbourlight', '395 t', '371 t')}${row('Northwind', '402 t', '380 t')}</tbody></table>`;
    const page = (middle: string): Document => linkedom(`<!doctype html><html><head><title>Ferry weights</title>
      <meta property="og:type" content="article"></head><body><article><h1>Ferry weights</h1>
      ${[1, 2, 3].map(para).join('')}${middle}${[4, 5, 6].map(para).join('')}</article></body></html>`);

    it('keeps a linked name in the first column of a data table whose other cells are blocks', () => {
      const result = detectArticle(page(table));
      for (const name of ['Wavecrest', 'Harbourlight', 'Northwind']) expect(result.text).toContain(name);
      expect(result.text).toContain('388 t');
    });

    it('still drops a column of links in a two-column layout table', () => {
      const layout = `<table><tbody>${['Home', 'Ferries', 'Timetable'].map((t) => `<tr>${cell(`<a href="/${t}">${t}</a>`)}${cell('')}</tr>`).join('')}</tbody></table>`;
      const result = detectArticle(page(layout));
      expect(result.text).not.toContain('Timetable');
    });
  });
});
