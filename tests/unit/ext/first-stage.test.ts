import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readFirstStageMessage, readTabStateReply } from '@/utils/ext/first-stage-checks';
import { MessageSchema, ok, resultSchema, TabStateSchema } from '@/utils/ext/messages';
import { createPageAppHandlers } from '@/utils/ext/page-app-injector';
import { takePageHandoff } from '@/utils/ext/page-handoff';
import { hasArticleMarkers } from '@/utils/page/article-markers';
import { readQuickSettings } from '@/utils/ext/quick-settings';
import { readSettings } from '@/utils/ext/settings';
import { createTestFirstStage, defaultReply, EXTENSION, loadPage, POPUP } from './first-stage-harness';

const DEMO = path.resolve(import.meta.dirname, '../../fixtures/pages/demo/source.html');
const URL_ = 'http://127.0.0.1/demo/';

/** `loadReply`: the background's answer to `load-page-app` (false: it declined). */
function setup(settings = readQuickSettings(undefined), loadReply: (early: boolean) => boolean | Promise<boolean> = () => true) {
  return createTestFirstStage({
    url: () => URL_,
    readStoredSettings: async () => settings,
    reply: async (message) => (message.type === 'load-page-app' ? ok(await loadReply(message.early)) : defaultReply(message)),
  });
}

beforeEach(() => {
  takePageHandoff();
  loadPage('<html><head><title>Home</title></head><body><nav><a href="/a">A</a></nav><p>Short.</p></body></html>');
});

describe('createFirstStage', () => {
  it('reports a page without an article and loads nothing more', async () => {
    const { stage, sent, mark } = setup();
    await stage.check();
    expect(sent.map((m) => m.type)).toEqual(['article-state']);
    expect(sent[0]).toMatchObject({ article: { detected: false, site: '127.0.0.1' }, findingCount: 0 });
    expect(MessageSchema.safeParse(sent[0]).success).toBe(true);
    expect(mark).toHaveBeenCalledWith('framelens:detected', { detail: { isArticle: false, ms: 3 } });
    expect(mark).toHaveBeenCalledWith('framelens:reported', { detail: { status: 'ready', detected: false, findingCount: 0 } });
    expect(takePageHandoff()).toBeNull();
    stage.navigated(); // an address-change event without a new address (a page can fire one itself)
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(sent).toHaveLength(1);
  });

  it('reports a switched-off site without looking at the page', async () => {
    const { stage, sent, mark } = setup({ enabled: true, disabledSites: ['127.0.0.1'], disabledPacks: [] });
    await stage.check();
    expect(sent).toEqual([{ type: 'page-off', reason: 'site-off' }]);
    expect(mark).not.toHaveBeenCalledWith('framelens:detected', expect.anything());
  });

  it('on an article sends its text for analysis and asks for the page app at once, and hands the detection over', async () => {
    loadPage(fs.readFileSync(DEMO, 'utf8'));
    const { stage, sent, handedOver } = setup({ enabled: true, disabledSites: [], disabledPacks: ['x'] });
    await stage.check();
    await vi.waitFor(() => expect(sent.map((m) => m.type)).toEqual(['load-page-app', 'analyze-text']));
    expect(MessageSchema.safeParse(sent[1]).success).toBe(true);
    const handoff = takePageHandoff();
    expect(handoff).not.toBeNull();
    expect(handoff?.takeDetection('http://127.0.0.1/other/', false)).toBeNull(); // the page moved on
    expect(handoff?.takeDetection(URL_, true)).toBeNull(); // not detected with "Analyze anyway"
    const detection = handoff?.takeDetection(URL_, false);
    expect(detection?.isArticle).toBe(true);
    expect(handoff?.takeDetection(URL_, false)).toBeNull(); // once: a later start detects afresh
    expect(handoff?.takeAnalysis(detection?.text ?? '', [])).toBeNull(); // other packs: the page app asks again
    // The stored value the switches came from, once: the page app validates it instead of reading storage again.
    expect(handoff?.takeStoredSettings()).toEqual({ value: { enabled: true, disabledSites: [], disabledPacks: ['x'] } });
    expect(handoff?.takeStoredSettings()).toBeNull();
    handoff?.takeOver();
    expect(handedOver).toHaveBeenCalledOnce();
    expect(stage.onMessage({ type: 'get-analysis' }, POPUP)).toBeUndefined();
  });

  it('asks for the page app early on article markup, before reading the switches; declined early, the article found asks again', async () => {
    loadPage(fs.readFileSync(DEMO, 'utf8'));
    expect(hasArticleMarkers(document)).toBe(true);
    const { stage, sent } = setup(readQuickSettings(undefined), (early) => !early);
    await stage.check();
    await vi.waitFor(() => expect(sent.filter((m) => m.type === 'load-page-app')).toEqual([{ type: 'load-page-app', early: true }, { type: 'load-page-app', early: false }]));
    expect(sent.filter((m) => m.type === 'analyze-text')).toHaveLength(1);
    expect(takePageHandoff()?.takeDetection(URL_, false)?.isArticle).toBe(true);
  });

  it('an early ask declined only after the article was found is asked again for the same page', async () => {
    loadPage(fs.readFileSync(DEMO, 'utf8'));
    let decline = (): void => undefined;
    const declined = new Promise<boolean>((resolve) => (decline = () => resolve(false)));
    const { stage, sent } = setup(readQuickSettings(undefined), (early) => (early ? declined : true));
    await stage.check();
    await vi.waitFor(() => expect(sent.map((m) => m.type)).toEqual(['load-page-app', 'analyze-text']));
    decline();
    await vi.waitFor(() => expect(sent.at(-1)).toEqual({ type: 'load-page-app', early: false }));
    expect(takePageHandoff()?.takeDetection(URL_, false)?.isArticle).toBe(true); // the handoff prepared for the page app
  });

  it('takes the page back when the page app fails before taking over, so "Try again" asks for a fresh one', async () => {
    loadPage(fs.readFileSync(DEMO, 'utf8'));
    const { stage, sent } = setup();
    await stage.check();
    await vi.waitFor(() => expect(sent.map((m) => m.type)).toEqual(['load-page-app', 'analyze-text']));
    const failedApp = takePageHandoff();
    failedApp?.failed(); // what the page app does when its start throws before takeOver()
    await stage.onMessage({ type: 'retry-analysis' }, POPUP);
    await vi.waitFor(() => expect(sent.map((m) => m.type)).toEqual(['load-page-app', 'analyze-text', 'load-page-app', 'analyze-text']));
    const fresh = takePageHandoff();
    expect(fresh).not.toBeNull();
    expect(fresh).not.toBe(failedApp);
    // A failure reported by a page app that is no longer the one offered changes nothing.
    failedApp?.failed();
    await stage.onMessage({ type: 'retry-analysis' }, POPUP);
    expect(sent.filter((m) => m.type === 'load-page-app')).toHaveLength(2);
  });

  it('a settings change while the page app loads makes it read the settings itself, not the first stage\'s copy', async () => {
    loadPage(fs.readFileSync(DEMO, 'utf8'));
    const { stage, sent } = setup();
    await stage.check();
    await vi.waitFor(() => expect(sent.map((m) => m.type)).toEqual(['load-page-app', 'analyze-text']));
    await stage.check(); // what the storage listener calls on a change
    expect(takePageHandoff()?.takeStoredSettings()).toBeNull();
  });

  it('asks for the page app before detection on a page with article markup; the page app waits until an article is found', async () => {
    // Article markup (og:type) and enough text to pass the no-article gate, but too little story: detection says no.
    loadPage(
      '<html><head><meta property="og:type" content="article"><title>T</title></head><body><p>The library opens at nine and closes at six on weekdays, and at two on Saturdays; it is closed on Sundays.</p></body></html>',
    );
    const { stage, sent } = setup();
    await stage.check();
    await vi.waitFor(() => expect(sent.map((m) => m.type).sort()).toEqual(['article-state', 'load-page-app']));
    const handoff = takePageHandoff();
    let ready = false;
    void handoff?.ready.then(() => (ready = true));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(ready).toBe(false); // an early page app stays idle on a page without an article
    // "Analyze anyway" starts the page app already injected: no second injection.
    void stage.onMessage({ type: 'analyze-anyway' }, POPUP);
    await vi.waitFor(() => expect(ready).toBe(true));
    expect(sent.map((m) => m.type).filter((t) => t === 'load-page-app')).toHaveLength(1);
    expect(sent.at(-1)?.type).toBe('analyze-text');
    expect(handoff?.takeDetection(URL_, true)).not.toBeNull();
    handoff?.started();
  });

  const jsonLd = (json: string): string => `<html><head><script type="application/ld+json">${json}</script></head><body></body></html>`;
  it.each([
    [jsonLd('{"@type":"Organization","name":"X"}'), false],
    [jsonLd('{"@context":"https://schema.org","@type":["NewsArticle"],"headline":"H"}'), true],
    [jsonLd('{"@type": "BlogPosting"}'), true],
    ['<html><head><meta property="og:type" content="website"></head><body><main><p>x</p></main></body></html>', false],
    // One <article> is a hint; a section front's many teaser <article>s are not.
    ['<html><head></head><body><article><p>x</p></article></body></html>', true],
    [`<html><head></head><body>${'<article><h2>Teaser</h2></article>'.repeat(5)}</body></html>`, false],
    // The same types detection accepts (json-ld.ts, probably-article.ts): the hint cannot drift from them.
    ['<html><head><meta property="og:type" content="news"></head><body></body></html>', true],
    ['<html><head></head><body><div itemscope itemtype="https://schema.org/Report"><p>x</p></div></body></html>', true],
    [jsonLd('{"@type": ["WebPage", "SocialMediaPosting"]}'), true],
    [jsonLd('{"@type": "WebArticleList"}'), false],
  ])('article markup (JSON-LD article types, og:type, microdata, a single <article>): %s -> %s', (html, expected) => {
    loadPage(html);
    expect(hasArticleMarkers(document)).toBe(expected);
  });

  it('answers the popup before the page app runs, and only this extension', async () => {
    const { stage } = setup();
    await stage.check();
    expect(await stage.onMessage({ type: 'get-analysis' }, POPUP)).toEqual(ok({ analysis: null, paintedMs: null, highlightsShown: true }));
    expect(stage.onMessage({ type: 'get-analysis' }, { id: 'someone-else' })).toBeUndefined();
    expect(stage.onMessage({ type: 'get-analysis' }, { id: EXTENSION, url: 'http://127.0.0.1/page' })).toBeUndefined(); // a content script
    expect(stage.onMessage({ type: 'show-finding', index: -1 }, POPUP)).toBeUndefined();
    await stage.onMessage({ type: 'page-command', command: 'toggle-highlights' }, POPUP);
    expect(await stage.onMessage({ type: 'get-analysis' }, POPUP)).toEqual(ok({ analysis: null, paintedMs: null, highlightsShown: false }));
  });

  it('"Analyze anyway" loads the page app with force and answers once it has started', async () => {
    const { stage, sent } = setup();
    await stage.check();
    let answered = false;
    const reply = stage.onMessage({ type: 'analyze-anyway' }, POPUP)?.then((r) => {
      answered = true;
      return r;
    });
    await vi.waitFor(() => expect(sent.map((m) => m.type)).toEqual(['article-state', 'load-page-app', 'analyze-text']));
    const handoff = takePageHandoff();
    expect(handoff?.force).toBe(true);
    expect(handoff?.takeDetection(URL_, true)).not.toBeNull();
    expect(answered).toBe(false);
    handoff?.started();
    expect(await reply).toEqual(ok(null));
  });
});

describe('first-stage checks accept what the zod schemas accept', () => {
  const messages: unknown[] = [
    { type: 'get-analysis' },
    { type: 'analyze-anyway' },
    { type: 'retry-analysis' },
    { type: 'show-finding', index: 2 },
    { type: 'show-finding', index: 1.5 },
    { type: 'show-finding', index: -1 },
    { type: 'show-finding' },
    { type: 'page-command', command: 'next-finding' },
    { type: 'page-command', command: 'reload' },
    { type: 'nope' },
    null,
    'get-analysis',
    [],
  ];
  it.each(messages.map((m) => [JSON.stringify(m), m]))('message %s', (_name, raw) => {
    const zod = MessageSchema.safeParse(raw);
    expect(readFirstStageMessage(raw)).toEqual(zod.success ? zod.data : null);
  });

  const article = { detected: true, title: 'T', site: null, published: null, url: 'u' };
  const replies: unknown[] = [
    ok({ status: 'waiting' }),
    ok({ status: 'off', reason: 'site-off' }),
    ok({ status: 'off', reason: 'other' }),
    ok({ status: 'failed', reason: 'storage is gone' }),
    ok({ status: 'failed', reason: '' }),
    ok({ status: 'failed', reason: 'x'.repeat(201) }),
    ok({ status: 'failed' }),
    ok({ status: 'ready', article, findingCount: 3 }),
    ok({ status: 'ready', article: { ...article, requested: true }, findingCount: 0 }),
    ok({ status: 'ready', article: { ...article, title: 1 }, findingCount: 0 }),
    ok({ status: 'ready', article, findingCount: -1 }),
    ok({ status: 'ready', findingCount: 0 }),
    { ok: false, error: 'x' },
    undefined,
  ];
  it.each(replies.map((r) => [JSON.stringify(r), r]))('reply %s', (_name, raw) => {
    const zod = resultSchema(TabStateSchema).safeParse(raw);
    expect(readTabStateReply(raw)).toEqual(zod.success && zod.data.ok ? zod.data.value : null);
  });

  it.each([
    [undefined],
    [{ version: 2, enabled: false, disabledSites: ['a.example'], disabledPacks: ['p'] }],
    [{ enabled: 'no', disabledSites: [''], disabledPacks: [1] }],
    [{ version: 1, enabled: false, disabledSites: ['b.example'] }],
    [[]],
  ])('quick settings of %j agree with readSettings', (raw) => {
    const full = readSettings(raw).settings;
    expect(readQuickSettings(raw)).toEqual({ enabled: full.enabled, disabledSites: full.disabledSites, disabledPacks: full.disabledPacks });
  });
});

describe('createPageAppHandlers', () => {
  const ON = { enabled: true, disabledSites: ['off.example'] };
  const FROM = (url: string) => ({ id: EXTENSION, tab: { id: 7 } as never, frameId: 2, url });

  it('injects into the frame that asked, and only from a tab', async () => {
    const inject = vi.fn(async () => undefined);
    const handler = createPageAppHandlers(inject, async () => ON)['load-page-app'];
    await expect(handler?.({ type: 'load-page-app', early: false }, FROM(URL_))).resolves.toBe(true);
    expect(inject).toHaveBeenCalledWith({ tabId: 7, frameId: 2 });
    await expect(handler?.({ type: 'load-page-app', early: false }, POPUP)).rejects.toThrow('only a content script');
  });

  it('declines an early ask on a site that is off (the first stage has not read the switches yet), never a later one', async () => {
    const inject = vi.fn(async () => undefined);
    const handler = createPageAppHandlers(inject, async () => ON)['load-page-app'];
    await expect(handler?.({ type: 'load-page-app', early: true }, FROM('https://www.off.example/story'))).resolves.toBe(false);
    expect(inject).not.toHaveBeenCalled();
    const masterOff = createPageAppHandlers(inject, async () => ({ enabled: false, disabledSites: [] }))['load-page-app'];
    await expect(masterOff?.({ type: 'load-page-app', early: true }, FROM(URL_))).resolves.toBe(false);
    expect(inject).not.toHaveBeenCalled();
    // An article the first stage found after reading the switches itself ("Analyze anyway" included).
    await expect(handler?.({ type: 'load-page-app', early: false }, FROM('https://www.off.example/story'))).resolves.toBe(true);
    await expect(handler?.({ type: 'load-page-app', early: true }, FROM(URL_))).resolves.toBe(true);
    expect(inject).toHaveBeenCalledTimes(2);
  });
});
