import { describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { createLogger, type LogSink } from '@/utils/ext/logger';
import {
  ALLOWED_SENDERS,
  ArticleSummarySchema,
  createMessageRouter,
  MessageSchema,
  sendMessage,
  TabStateSchema,
  type Message,
} from '@/utils/ext/messages';

const EXTENSION_ID = 'framelens-test';
const ORIGIN = 'chrome-extension://framelens-test/';
/** A content script in a web page (the browser sets id, url and tab; the sender cannot). */
const fromTab: Browser.runtime.MessageSender = { id: EXTENSION_ID, url: 'https://news.example/a', tab: { id: 7, windowId: 1 } as Browser.tabs.Tab };
/** The popup or side panel: a page on the extension's own origin. */
const fromPopup: Browser.runtime.MessageSender = { id: EXTENSION_ID, url: `${ORIGIN}popup.html` };

function router(handlers: Parameters<typeof createMessageRouter>[0] = {}) {
  const sink: LogSink = { debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn() };
  const log = createLogger('test', { sink, minLevel: 'debug' });
  return { sink, listen: createMessageRouter(handlers, { extensionId: EXTENSION_ID, extensionOrigin: ORIGIN, log }) };
}

describe('createMessageRouter', () => {
  it('answers a valid message with its handler value as { ok: true }', async () => {
    const { listen } = router({ 'get-tab-state': () => ({ status: 'waiting' }) });
    await expect(listen({ type: 'get-tab-state', tabId: 3 }, fromPopup)).resolves.toEqual({
      ok: true,
      value: { status: 'waiting' },
    });
  });

  it('rejects a malformed message with { ok: false } and one clear log line', async () => {
    const handler = vi.fn();
    const { listen, sink } = router({ 'get-tab-state': handler });
    await expect(listen({ type: 'get-tab-state', tabId: 'seven' }, fromPopup)).resolves.toEqual({
      ok: false,
      error: 'malformed message',
    });
    expect(handler).not.toHaveBeenCalled();
    expect(sink.warn).toHaveBeenCalledTimes(1);
    expect(vi.mocked(sink.warn).mock.calls[0]?.[0]).toMatchInlineSnapshot(`
      "[framelens:test] rejected a malformed message: ✖ Invalid input: expected number, received string
        → at tabId"
    `);
  });

  it.each([['an unknown type', { type: 'format-disk' }], ['no object at all', 'hello'], ['null', null]])(
    'rejects %s',
    async (_name, raw) => {
      const { listen } = router();
      await expect(listen(raw, fromTab)).resolves.toMatchObject({ ok: false });
    },
  );

  it('ignores messages from other extensions and web pages', () => {
    const handler = vi.fn();
    const { listen, sink } = router({ 'get-tab-state': handler });
    expect(listen({ type: 'get-tab-state', tabId: 3 }, { id: 'someone-else' })).toBeUndefined();
    expect(listen({ type: 'get-tab-state', tabId: 3 }, {})).toBeUndefined();
    expect(handler).not.toHaveBeenCalled();
    expect(sink.warn).toHaveBeenCalledTimes(2);
  });

  it.each<[string, Browser.runtime.MessageSender]>([
    ["another extension's content script", { id: 'other-extension', url: 'https://news.example/a', tab: { id: 7, windowId: 1 } as Browser.tabs.Tab }],
    ["another extension's page", { id: 'other-extension', url: 'chrome-extension://other-extension/popup.html' }],
    ['a web page (externally_connectable shape: no id)', { url: 'https://evil.example/', tab: { id: 7, windowId: 1 } as Browser.tabs.Tab }],
    ['a web page that claims our id in its url only', { url: `${ORIGIN}popup.html`, origin: 'https://evil.example' }],
    ['our id with neither a tab nor an extension url', { id: EXTENSION_ID, url: 'https://evil.example/' }],
    ['a native app or unknown sender', { id: EXTENSION_ID }],
  ])('drops every message from %s', (_name, sender) => {
    const handler = vi.fn();
    const { listen } = router({ 'page-off': handler, 'get-tab-state': handler, 'analyze-text': handler });
    for (const message of [
      { type: 'page-off', reason: 'master-off' },
      { type: 'get-tab-state', tabId: 7 },
      { type: 'analyze-text', text: 'x', article: {}, disabledPacks: [] },
    ]) {
      expect(listen(message, sender)).toBeUndefined();
    }
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses a message from a part of Framelens that may not send it', async () => {
    const handler = vi.fn().mockReturnValue(null);
    const { listen, sink } = router({ 'get-tab-state': handler, 'page-off': handler, 'analyze-anyway': handler, 'retry-analysis': handler });
    // A content script (a page's renderer) may not read other tabs' states or act as the popup...
    await expect(listen({ type: 'get-tab-state', tabId: 3 }, fromTab)).resolves.toEqual({ ok: false, error: '"get-tab-state" may not come from a content script' });
    await expect(listen({ type: 'retry-analysis' }, fromTab)).resolves.toMatchObject({ ok: false });
    // ...and an extension page may not pose as a tab's content script.
    await expect(listen({ type: 'page-off', reason: 'master-off' }, fromPopup)).resolves.toEqual({ ok: false, error: '"page-off" may not come from an extension page' });
    expect(handler).not.toHaveBeenCalled();
    expect(sink.warn).toHaveBeenCalledTimes(3);
  });

  it('names who may send every message type', () => {
    const types = MessageSchema.options.map((o) => o.shape.type.value);
    expect(types.filter((type) => ALLOWED_SENDERS[type] === undefined)).toEqual([]);
  });

  it('treats an extension page opened in a tab (sender.tab set) as an extension page', async () => {
    const { listen } = router({ 'get-tab-state': () => ({ status: 'waiting' }) });
    const popupInTab = { ...fromPopup, tab: { id: 9, windowId: 1 } as Browser.tabs.Tab };
    await expect(listen({ type: 'get-tab-state', tabId: 3 }, popupInTab)).resolves.toEqual({ ok: true, value: { status: 'waiting' } });
  });

  it('leaves valid messages it has no handler for to other listeners', () => {
    const { listen } = router({});
    expect(listen({ type: 'open-side-panel' }, fromTab)).toBeUndefined();
  });

  it('turns a failing handler into { ok: false } instead of throwing', async () => {
    const { listen, sink } = router({
      'open-side-panel': () => {
        throw new Error('no panel here');
      },
    });
    await expect(listen({ type: 'open-side-panel' }, fromTab)).resolves.toEqual({ ok: false, error: 'no panel here' });
    expect(sink.error).toHaveBeenCalledTimes(1);
  });
});

describe('sendMessage', () => {
  const message: Message = { type: 'get-tab-state', tabId: 1 };

  it('returns a validated reply', async () => {
    const send = vi.fn().mockResolvedValue({ ok: true, value: { status: 'off', reason: 'site-off' } });
    await expect(sendMessage(message, send)).resolves.toEqual({ ok: true, value: { status: 'off', reason: 'site-off' } });
    expect(send).toHaveBeenCalledWith(message);
  });

  it('reports a malformed reply as an error', async () => {
    const send = vi.fn().mockResolvedValue({ ok: true, value: { status: 'exploded' } });
    const result = await sendMessage(message, send);
    expect(result.ok).toBe(false);
  });

  it('reports a missing receiver as an error', async () => {
    const send = vi.fn().mockRejectedValue(new Error('Could not establish connection'));
    await expect(sendMessage(message, send)).resolves.toEqual({
      ok: false,
      error: 'no receiver for "get-tab-state": Could not establish connection',
    });
  });

  it('passes an error reply through', async () => {
    const send = vi.fn().mockResolvedValue({ ok: false, error: 'malformed message' });
    await expect(sendMessage(message, send)).resolves.toEqual({ ok: false, error: 'malformed message' });
  });
});

describe('ArticleSummarySchema', () => {
  const summary = { detected: false, title: 'Desk glossary', site: 'example.org', published: null, url: 'https://example.org/g' };

  it('reads a summary without `requested` (an older content script) as not requested', () => {
    expect(ArticleSummarySchema.parse(summary)).toEqual({ ...summary, requested: false });
  });

  it('keeps `requested` when the sender sets it', () => {
    expect(ArticleSummarySchema.parse({ ...summary, requested: true }).requested).toBe(true);
  });

  it("cuts the page's strings to size, so a page cannot fill the tab states' session storage", () => {
    const parsed = ArticleSummarySchema.parse({ ...summary, title: 'T'.repeat(5_000_000), url: `https://example.org/${'a'.repeat(10_000)}` });
    expect(parsed.title).toHaveLength(300);
    expect(parsed.title?.endsWith('…')).toBe(true);
    expect(parsed.url).toHaveLength(2048);
    expect(ArticleSummarySchema.parse(summary).title).toBe('Desk glossary');
  });

  it('rejects a `requested` that is not a boolean', () => {
    expect(ArticleSummarySchema.safeParse({ ...summary, requested: 'yes' }).success).toBe(false);
  });
});

describe('TabStateSchema', () => {
  it('carries a short failure reason', () => {
    expect(TabStateSchema.parse({ status: 'failed', reason: 'analysis took too long' })).toEqual({ status: 'failed', reason: 'analysis took too long' });
  });

  it.each([['no reason', { status: 'failed' }], ['an empty reason', { status: 'failed', reason: '' }], ['an essay', { status: 'failed', reason: 'x'.repeat(201) }]])(
    'rejects a failed state with %s',
    (_name, state) => {
      expect(TabStateSchema.safeParse(state).success).toBe(false);
    },
  );
});
