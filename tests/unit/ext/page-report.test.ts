import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { detectArticle } from '@/utils/core/article/detect-article';
import { summarizeDetection } from '@/utils/ext/article-probe';
import { createLogger } from '@/utils/ext/logger';
import { REPORTED_MARK, reportPage, type PageReportDeps } from '@/utils/ext/page-report';
import { DEFAULT_SETTINGS } from '@/utils/ext/settings';

const DEMO = path.resolve(import.meta.dirname, '../../fixtures/pages/demo/source.html');
const URL_ = 'http://127.0.0.1:8080/demo';

function page(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** What the first stage reports of a page it looked at: the detection's summary, no findings yet. */
function probeArticle(doc: Document, url: string) {
  return summarizeDetection(detectArticle(doc, { url }), url, false);
}

const probePage: PageReportDeps['probe'] = (doc, url) => ({ article: probeArticle(doc, url), findingCount: 0 });

function deps(overrides: Partial<PageReportDeps> = {}): PageReportDeps {
  return {
    doc: page('<title>Hello</title><p>Text</p>'),
    url: URL_,
    settings: DEFAULT_SETTINGS,
    send: vi.fn((message) =>
      Promise.resolve(
        message.type === 'article-state'
          ? { ok: true, value: { status: 'ready', article: message.article, findingCount: message.findingCount } }
          : { ok: true, value: { status: 'off', reason: 'site-off' } },
      ),
    ),
    probe: probePage,
    log: createLogger('test', { minLevel: 'error' }),
    performance: { mark: vi.fn() },
    ...overrides,
  };
}

describe('summarizeDetection', () => {
  it('finds the demo article with its title, outlet and date', () => {
    const doc = page(fs.readFileSync(DEMO, 'utf8'));
    expect(probeArticle(doc, URL_)).toEqual({
      detected: true,
      title: 'Shelling tests Karabakh truce hours after Moscow deal',
      site: 'The Meridian Post',
      published: '2020-10-11T09:40:00Z',
      url: URL_,
      requested: false,
    });
  });

  it('finds no article on a plain page and falls back to its title and host', () => {
    expect(probeArticle(page('<title> Home </title>'), URL_)).toEqual({
      detected: false,
      title: 'Home',
      site: '127.0.0.1',
      published: null,
      url: URL_,
      requested: false,
    });
  });

  it('survives broken JSON-LD', () => {
    const doc = page('<script type="application/ld+json">{ nope</script><title>x</title>');
    expect(probeArticle(doc, URL_).detected).toBe(false);
  });
});

describe('reportPage', () => {
  it('reports the article to the background and leaves a performance mark', async () => {
    const d = deps();
    const result = await reportPage(d);
    expect(result).toMatchObject({ ok: true, value: { status: 'ready', findingCount: 0 } });
    expect(d.send).toHaveBeenCalledWith(expect.objectContaining({ type: 'article-state', findingCount: 0 }));
    expect(d.performance?.mark).toHaveBeenCalledWith(REPORTED_MARK, {
      detail: { status: 'ready', detected: false, findingCount: 0 },
    });
  });

  it('does not read the page where the reader switched Framelens off', async () => {
    const probe = vi.fn(probePage);
    const d = deps({ probe, settings: { ...DEFAULT_SETTINGS, disabledSites: ['127.0.0.1'] } });
    await reportPage(d);
    expect(probe).not.toHaveBeenCalled();
    expect(d.send).toHaveBeenCalledWith({ type: 'page-off', reason: 'site-off' });
  });

  it('never throws, even when looking at the page fails', async () => {
    const d = deps({
      probe: () => {
        throw new Error('odd page');
      },
    });
    await expect(reportPage(d)).resolves.toEqual({ ok: false, error: 'odd page' });
    expect(d.performance?.mark).not.toHaveBeenCalled();
  });

  it('leaves no mark when the background did not accept the report', async () => {
    const d = deps({ send: () => Promise.reject(new Error('Receiving end does not exist')) });
    await expect(reportPage(d)).resolves.toMatchObject({ ok: false });
    expect(d.performance?.mark).not.toHaveBeenCalled();
  });
});
