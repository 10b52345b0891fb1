import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser, type Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackgroundHandlers, type BackgroundDeps } from '@/utils/ext/background-handlers';
import { badgeFor, showBadge } from '@/utils/ext/badge';
import { createLogger } from '@/utils/ext/logger';
import { createMessageRouter, type ArticleSummary, type TabState } from '@/utils/ext/messages';
import { TabStates } from '@/utils/ext/tab-state';

const EXTENSION_ID = 'framelens-test';
const article: ArticleSummary = {
  detected: true,
  title: 'Shelling tests truce',
  site: 'The Meridian Post',
  published: '2020-10-11T09:40:00Z',
  url: 'http://127.0.0.1/demo',
  requested: false,
};
const ORIGIN = 'chrome-extension://framelens-test/';
const fromTab = (id: number): Browser.runtime.MessageSender => ({
  id: EXTENSION_ID,
  url: 'https://news.example/story',
  tab: { id, windowId: 2 } as Browser.tabs.Tab,
});
const fromPopup: Browser.runtime.MessageSender = { id: EXTENSION_ID, url: `${ORIGIN}popup.html` };

function setup() {
  const deps: BackgroundDeps = {
    states: new TabStates(browser.storage.session),
    showBadge: (tabId, state) => showBadge(browser.action, tabId, state),
    broadcast: vi.fn().mockResolvedValue(undefined),
    openPanel: vi.fn().mockResolvedValue(undefined),
    log: createLogger('test', { minLevel: 'error' }),
  };
  const listen = createMessageRouter(createBackgroundHandlers(deps), { extensionId: EXTENSION_ID, extensionOrigin: ORIGIN, log: deps.log });
  return { deps, listen };
}

beforeEach(() => fakeBrowser.reset());

describe('background handlers', () => {
  it('records an article report, shows the count on the badge and tells open pages', async () => {
    const { deps, listen } = setup();
    const reply = await listen({ type: 'article-state', article, findingCount: 12 }, fromTab(5));
    const expected: TabState = { status: 'ready', article, findingCount: 12 };
    expect(reply).toEqual({ ok: true, value: expected });
    expect(await browser.action.getBadgeText({ tabId: 5 })).toBe('12');
    expect(deps.broadcast).toHaveBeenCalledWith(5, expected);
    await expect(listen({ type: 'get-tab-state', tabId: 5 }, fromPopup)).resolves.toEqual({ ok: true, value: expected });
  });

  it('refuses tab reports that do not come from a tab', async () => {
    const { listen } = setup();
    const reply = await listen({ type: 'page-off', reason: 'site-off' }, fromPopup);
    expect(reply).toEqual({ ok: false, error: '"page-off" may not come from an extension page' });
  });

  it('records a failed analysis with its reason, tooltip only (no badge text), and tells open pages', async () => {
    const { deps, listen } = setup();
    const expected: TabState = { status: 'failed', reason: 'analysis took too long' };
    await expect(listen({ type: 'page-failed', reason: 'analysis took too long' }, fromTab(6))).resolves.toEqual({ ok: true, value: expected });
    expect(await browser.action.getBadgeText({ tabId: 6 })).toBe('');
    expect(await browser.action.getTitle({ tabId: 6 })).toBe('Framelens could not analyse this page');
    expect(deps.broadcast).toHaveBeenCalledWith(6, expected);
    await expect(listen({ type: 'get-tab-state', tabId: 6 }, fromPopup)).resolves.toEqual({ ok: true, value: expected });
  });

  it('does not tell a content script about other tabs (get-tab-state is for extension pages)', async () => {
    const { listen } = setup();
    await listen({ type: 'article-state', article, findingCount: 3 }, fromTab(5));
    await expect(listen({ type: 'get-tab-state', tabId: 5 }, fromTab(8))).resolves.toEqual({ ok: false, error: '"get-tab-state" may not come from a content script' });
  });

  it('remembers tab states across a service-worker restart', async () => {
    const first = setup();
    await first.listen({ type: 'page-off', reason: 'master-off' }, fromTab(4));
    const restarted = setup();
    await expect(restarted.deps.states.get(4)).resolves.toEqual({ status: 'off', reason: 'master-off' });
    await restarted.deps.states.remove(4);
    await expect(restarted.deps.states.get(4)).resolves.toEqual({ status: 'waiting' });
  });

  it('opens the side panel for the tab that asked', async () => {
    const { deps, listen } = setup();
    await expect(listen({ type: 'open-side-panel' }, fromTab(3))).resolves.toEqual({ ok: true, value: null });
    expect(deps.openPanel).toHaveBeenCalledWith({ tabId: 3, windowId: 2 });
  });

  it('replies with an error when the browser refuses to open the panel (Firefox, no user action)', async () => {
    const { deps, listen } = setup();
    vi.mocked(deps.openPanel).mockRejectedValue(new Error('sidebarAction.open may only be called from a user input handler'));
    await expect(listen({ type: 'open-side-panel', findingIndex: 2 }, fromTab(3))).resolves.toEqual({
      ok: false,
      error: 'sidebarAction.open may only be called from a user input handler',
    });
  });
});

describe('badgeFor', () => {
  it.each<[string, TabState, string, string]>([
    ['waiting', { status: 'waiting' }, '', 'Framelens'],
    ['site off', { status: 'off', reason: 'site-off' }, '', 'Framelens is off on this site'],
    ['no article', { status: 'ready', article: { ...article, detected: false }, findingCount: 0 }, '', 'Framelens: no article on this page'],
    [
      'analysed on request',
      { status: 'ready', article: { ...article, detected: false, requested: true }, findingCount: 4 },
      '4',
      'Framelens: analysed on request, not detected as an article (4 findings)',
    ],
    [
      'analysed on request, one finding',
      { status: 'ready', article: { ...article, detected: false, requested: true }, findingCount: 1 },
      '1',
      'Framelens: analysed on request, not detected as an article (1 finding)',
    ],
    ['article, nothing found', { status: 'ready', article, findingCount: 0 }, '', 'Framelens: article found: Shelling tests truce (0 findings)'],
    ['one finding', { status: 'ready', article, findingCount: 1 }, '1', 'Framelens: article found: Shelling tests truce (1 finding)'],
    ['too many to fit', { status: 'ready', article, findingCount: 1500 }, '999+', 'Framelens: article found: Shelling tests truce (1500 findings)'],
  ])('%s', (_name, state, text, title) => {
    expect(badgeFor(state)).toEqual({ text, title });
  });
});
