import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { indexPacks } from '@/components/entry-info';
import { analyzeText } from '@/utils/core/analyze';
import { withPacksOff } from '@/utils/core/lexicon/combine-lexicons';
import { compileLexicon } from '@/utils/core/lexicon/compile';
import type { CompiledLexicon } from '@/utils/core/lexicon/compiled-lexicon';
import { loadBuiltinPacks } from '@/utils/core/lexicon/builtin-packs';
import type { Pack } from '@/utils/core/lexicon/schema';
import { detectArticle } from '@/utils/core/article/detect-article';
import { createContentApp, type ContentAppDeps } from '@/utils/ext/content-app';
import { createLogger } from '@/utils/ext/logger';
import { ok, type Message } from '@/utils/ext/messages';
import { DEFAULT_SETTINGS, withHidden, withMuted, withSite } from '@/utils/ext/settings';

const DEMO = path.resolve(import.meta.dirname, '../../fixtures/pages/demo/source.html');
const URL = 'http://127.0.0.1/demo/';
let packs: Pack[];
let lexicon: CompiledLexicon;

beforeAll(() => {
  packs = loadBuiltinPacks().packs;
  lexicon = compileLexicon(packs);
});
beforeEach(() => {
  fakeBrowser.reset();
  document.documentElement.innerHTML = new DOMParser().parseFromString(fs.readFileSync(DEMO, 'utf8'), 'text/html').documentElement.innerHTML;
});

function setup(extra: Partial<ContentAppDeps> = {}) {
  const sent: Message[] = [];
  const deps: ContentAppDeps = {
    doc: document,
    url: () => URL,
    startedAt: 0,
    perf: { now: () => 5, mark: vi.fn() },
    send: async (message) => {
      sent.push(message);
      return ok({ status: 'waiting' });
    },
    log: createLogger('test', { sink: { debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn() } }),
    version: '0.0.0',
    analyze: async (text, meta, disabledPacks) => ({
      analysis: analyzeText(text, withPacksOff(lexicon, new Set(disabledPacks)), meta),
      packs: [...indexPacks(packs).values()],
    }),
    copy: async () => true,
    openSidePanel: vi.fn(),
    update: vi.fn(),
    ...extra,
  };
  return { app: createContentApp(deps), sent, deps };
}

const marks = (): number => document.querySelectorAll('framelens-mark').length;

describe('createContentApp', () => {
  it('analyses the demo article, paints it and reports the number of findings', async () => {
    const { app, sent } = setup();
    await app.start(DEFAULT_SETTINGS);
    const report = sent.at(-1);
    expect(report?.type).toBe('article-state');
    if (report?.type !== 'article-state') return;
    expect(report.article.title).toBe('Shelling tests Karabakh truce hours after Moscow deal');
    expect(report.findingCount).toBeGreaterThan(10);
    expect(marks()).toBeGreaterThan(10); // happy-dom has no CSS.highlights: the wrap fallback paints
    const analysis = await app.handlers['get-analysis']?.({ type: 'get-analysis' }, {});
    expect(analysis?.analysis?.findings.length).toBe(report.findingCount);
    app.destroy();
    expect(marks()).toBe(0);
  });

  it('clears the page and reports it off when the reader switches the site off', async () => {
    const { app, sent } = setup();
    await app.start(DEFAULT_SETTINGS);
    app.setSettings(withSite(DEFAULT_SETTINGS, '127.0.0.1', false));
    await vi.waitFor(() => expect(sent.at(-1)).toEqual({ type: 'page-off', reason: 'site-off' }));
    expect(marks()).toBe(0);
  });

  it('follows category toggles without analysing again', async () => {
    const { app } = setup();
    await app.start(DEFAULT_SETTINGS);
    const before = await app.handlers['get-analysis']?.({ type: 'get-analysis' }, {});
    app.setSettings(withHidden(DEFAULT_SETTINGS, '127.0.0.1', new Set(['actor'])));
    const after = await app.handlers['get-analysis']?.({ type: 'get-analysis' }, {});
    expect(after?.analysis).toBe(before?.analysis);
    app.destroy();
  });

  it('keeps a mute made while the page is still being analysed', async () => {
    const { app } = setup();
    const marked = (): string[] => [...document.querySelectorAll('framelens-mark')].map((m) => m.textContent ?? '');
    const starting = app.start(DEFAULT_SETTINGS);
    app.setSettings(withMuted(DEFAULT_SETTINGS, 'karabakh/liberated', '127.0.0.1'));
    await starting;
    await vi.waitFor(() => expect(marked().length).toBeGreaterThan(10));
    expect(marked()).not.toContain('liberated');
    app.destroy();
  });

  it('toggles every highlight from the keyboard command and shows a finding on request', async () => {
    const { app } = setup();
    await app.start(DEFAULT_SETTINGS);
    await app.handlers['page-command']?.({ type: 'page-command', command: 'toggle-highlights' }, {});
    expect((await app.handlers['get-analysis']?.({ type: 'get-analysis' }, {}))?.highlightsShown).toBe(false);
    expect(await app.handlers['show-finding']?.({ type: 'show-finding', index: 0 }, {})).toBe(true);
    expect((await app.handlers['get-analysis']?.({ type: 'get-analysis' }, {}))?.highlightsShown).toBe(true);
    app.destroy();
  });

  it('reports "Analyze anyway" as requested until the page navigates', async () => {
    const { app, sent, deps } = setup();
    const requested = (): boolean | undefined => {
      const report = sent.filter((m) => m.type === 'article-state').at(-1);
      return report?.type === 'article-state' ? report.article.requested : undefined;
    };
    await app.start(DEFAULT_SETTINGS);
    expect(requested()).toBe(false);
    await app.handlers['analyze-anyway']?.({ type: 'analyze-anyway' }, {});
    expect(requested()).toBe(true);
    deps.url = () => `${URL}#next-story`; // a single-page site moved on (same address: ignored)
    app.navigate();
    await vi.waitFor(() => expect(requested()).toBe(false));
    app.destroy();
  });

  it('starts from what the first stage handed over: its detection, "Analyze anyway" and hidden highlights', async () => {
    const detection = detectArticle(document, { url: URL, force: true });
    const takeDetection = vi.fn(() => detection);
    const { app, sent, deps } = setup({ takeDetection, force: true, highlightsShown: false });
    await app.start(DEFAULT_SETTINGS);
    expect(takeDetection).toHaveBeenCalledWith(URL, true);
    // The first stage marked its detection; the page app does not detect (or mark) again.
    expect(deps.perf.mark).not.toHaveBeenCalledWith('framelens:detected', expect.anything());
    expect(deps.perf.mark).toHaveBeenCalledWith('framelens:painted', expect.anything());
    const report = sent.filter((m) => m.type === 'article-state').at(-1);
    expect(report?.type === 'article-state' && report.article.requested).toBe(true);
    expect((await app.handlers['get-analysis']?.({ type: 'get-analysis' }, {}))?.highlightsShown).toBe(false);
    app.destroy();
  });
});
