import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as detection from '@/utils/core/article/detect-article';
import { noArticlePossible } from '@/utils/core/article/article-gate';
import { summarizeDetection } from '@/utils/ext/article-probe';
import { MessageSchema } from '@/utils/ext/messages';
import { takePageHandoff } from '@/utils/ext/page-handoff';
import { readQuickSettings } from '@/utils/ext/quick-settings';
import { createTestFirstStage, loadPage, POPUP } from './first-stage-harness';

/**
 * The first stage skips detection on a page that cannot hold an article (article-gate.ts) and
 * reports exactly what detection would have; "Analyze anyway" still runs full detection.
 */

vi.mock('@/utils/core/article/detect-article', async (importOriginal) => {
  const original = await importOriginal<typeof detection>();
  return { ...original, detectArticleSliced: vi.fn(original.detectArticleSliced) };
});

const URL_ = 'http://127.0.0.1/hours/';
/** A short page with metadata the popup shows (title, site, date, address). */
const SHORT_PAGE = `<html><head><title>Opening hours – City Library</title><meta property="og:site_name" content="City Library">
<meta property="og:url" content="https://library.example/hours"><meta name="date" content="2026-01-02"></head>
<body><h1>Opening hours</h1><p>The library opens at nine and closes at six.</p><ul><li>Monday to Friday: 9:00–18:00</li></ul></body></html>`;

function setup() {
  return createTestFirstStage({ url: () => URL_, readStoredSettings: async () => readQuickSettings(undefined) });
}

beforeEach(() => {
  takePageHandoff();
  vi.mocked(detection.detectArticleSliced).mockClear();
  loadPage(SHORT_PAGE);
});

describe('first stage with the no-article gate', () => {
  it('reports a page too short for an article without running detection, with the same summary detection gives', async () => {
    expect(noArticlePossible(document)).not.toBeNull();
    const { stage, sent, mark } = setup();
    await stage.check();
    expect(detection.detectArticleSliced).not.toHaveBeenCalled();
    expect(sent.map((m) => m.type)).toEqual(['article-state']);
    expect(MessageSchema.safeParse(sent[0]).success).toBe(true);
    const full = summarizeDetection(detection.detectArticle(document, { url: URL_ }), URL_, false);
    expect(full.title).not.toBeNull(); // the page's metadata is there to compare
    expect(sent[0]).toEqual({ type: 'article-state', article: full, findingCount: 0 });
    expect(mark).toHaveBeenCalledWith('framelens:detected', { detail: { isArticle: false, ms: 3 } });
    expect(takePageHandoff()).toBeNull();
  });

  it('asks for no page app on a page too short for an article, even with article markup', async () => {
    // A paywall stub: og:type article and JSON-LD, a headline and one sentence.
    loadPage(SHORT_PAGE.replace('<title>', '<meta property="og:type" content="article"><script type="application/ld+json">{"@type":"NewsArticle"}</script><title>'));
    expect(noArticlePossible(document)).not.toBeNull();
    const { stage, sent } = setup();
    await stage.check();
    expect(sent.map((m) => m.type)).toEqual(['article-state']);
    expect(takePageHandoff()).toBeNull();
  });

  it('runs full detection on a page the gate lets through', async () => {
    loadPage(`<html><body>${'<p>The council met on Tuesday to discuss the new budget for the coming year in detail.</p>'.repeat(12)}</body></html>`);
    expect(noArticlePossible(document)).toBeNull();
    const { stage } = setup();
    await stage.check();
    expect(detection.detectArticleSliced).toHaveBeenCalledOnce();
  });

  it('"Analyze anyway" on a gated page runs full detection and loads the page app', async () => {
    const { stage, sent } = setup();
    await stage.check();
    const answer = stage.onMessage({ type: 'analyze-anyway' }, POPUP);
    expect(answer).toBeDefined();
    await vi.waitFor(() => expect(sent.map((m) => m.type)).toContain('analyze-text'));
    expect(detection.detectArticleSliced).toHaveBeenCalledWith(document, { url: URL_, force: true }, expect.anything());
    expect(sent.filter((m) => m.type === 'load-page-app')).toHaveLength(1);
    const handoff = takePageHandoff();
    expect(handoff?.takeDetection(URL_, true)?.text).toContain('The library opens at nine');
  });
});
