import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { ArticleWatcher, type MutationLike } from '../../../../utils/core/article';

const PARAGRAPH = 'The ferry service between the two islands resumed on Thursday after the harbour master lifted a ban imposed during the storm.';

function page(body: string): { doc: Document; window: Window } {
  const window = new Window({ url: 'https://example.test/story' });
  window.document.write(`<!doctype html><html lang="en"><head><title>Ferry service resumes</title>
    <meta property="og:type" content="article"></head><body>${body}</body></html>`);
  return { doc: window.document as unknown as Document, window };
}

/** Run `change` and return what a MutationObserver on the body reported. */
async function observe(window: Window, doc: Document, change: () => void): Promise<MutationLike[]> {
  const records: MutationLike[] = [];
  const observer = new window.MutationObserver((list) => records.push(...(list as unknown as MutationLike[])));
  observer.observe(doc.body as never, { childList: true, subtree: true });
  change();
  await new Promise((resolve) => setTimeout(resolve, 0));
  observer.disconnect();
  return records;
}

const STORY = `<article><h1>Ferry service resumes</h1><div class="body">
  <p>${PARAGRAPH}</p><p>Passengers queued from early morning, and the first crossing left twenty minutes late because of the crowds.</p>
  <p>Officials said timetables would return to normal by the weekend if the weather held, with extra sailings at night.</p>
  </div></article>`;

describe('ArticleWatcher', () => {
  it('adds lazily loaded paragraphs without a full detection', async () => {
    const { doc, window } = page(STORY);
    const watcher = new ArticleWatcher(doc);
    expect(watcher.detection.isArticle).toBe(true);
    const records = await observe(window, doc, () => {
      const p = doc.createElement('p');
      p.textContent = 'A second ferry operator said it would add a service to the northern island from next month onwards.';
      doc.querySelector('.body')?.appendChild(p);
    });
    const update = watcher.mutations(records);
    expect(update.kind).toBe('extended');
    if (update.kind !== 'extended') return;
    expect(update.added).toHaveLength(1);
    const [block] = update.added;
    expect(update.detection.text.slice(block?.start, block?.end)).toMatch(/^A second ferry operator/);
    expect(update.detection.text.endsWith('from next month onwards.')).toBe(true);
  });

  it('ignores a comment box that loads inside the story', async () => {
    const { doc, window } = page(STORY);
    const watcher = new ArticleWatcher(doc);
    const records = await observe(window, doc, () => {
      const box = doc.createElement('div');
      box.className = 'comments';
      box.innerHTML = '<p>I took the first ferry this morning and it was packed, but the crew were friendly and calm throughout.</p>';
      doc.querySelector('.body')?.appendChild(box);
    });
    expect(watcher.mutations(records).kind).toBe('unchanged');
  });

  it('detects again when a skeleton page is filled in after load', async () => {
    const { doc, window } = page('<div id="app"><p class="loading">Loading…</p></div>');
    const watcher = new ArticleWatcher(doc);
    expect(watcher.detection.isArticle).toBe(false);
    const records = await observe(window, doc, () => {
      (doc.getElementById('app') as Element).innerHTML = STORY;
    });
    const update = watcher.mutations(records);
    expect(update.kind).toBe('redetected');
    expect(update.detection.isArticle).toBe(true);
    expect(update.detection.text).toContain(PARAGRAPH);
  });

  it('detects again on single-page-app navigation', () => {
    const { doc } = page(STORY);
    const watcher = new ArticleWatcher(doc);
    (doc.querySelector('h1') as Element).textContent = 'Bridge closed for repairs';
    const update = watcher.navigated('https://example.test/next');
    expect(update.kind).toBe('redetected');
    expect(update.detection.text.startsWith('Bridge closed for repairs')).toBe(true);
    expect(update.detection.metadata.url).toBe('https://example.test/next');
  });

  it('reports nothing for mutations without text', () => {
    const { doc } = page(STORY);
    const watcher = new ArticleWatcher(doc);
    const img = doc.createElement('img');
    expect(watcher.mutations([{ addedNodes: [img], target: doc.body as Node }]).kind).toBe('unchanged');
  });
});
