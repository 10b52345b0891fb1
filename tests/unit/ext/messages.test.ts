import { describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { createLogger, type LogSink } from '@/utils/ext/logger';
import { ArticleSummarySchema, createMessageRouter, sendMessage, type Message } from '@/utils/ext/messages';

const EXTENSION_ID = 'framelens-test';
const fromTab: Browser.runtime.MessageSender = { id: EXTENSION_ID, tab: { id: 7, windowId: 1 } as Browser.tabs.Tab };

function router(handlers: Parameters<typeof createMessageRouter>[0] = {}) {
  const sink: LogSink = { debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn() };
  const log = createLogger('test', { sink, minLevel: 'debug' });
  return { sink, listen: createMessageRouter(handlers, { extensionId: EXTENSION_ID, log }) };
}

describe('createMessageRouter', () => {
  it('answers a valid message with its handler value as { ok: true }', async () => {
    const { listen } = router({ 'get-tab-state': () => ({ status: 'waiting' }) });
    await expect(listen({ type: 'get-tab-state', tabId: 3 }, fromTab)).resolves.toEqual({
      ok: true,
      value: { status: 'waiting' },
    });
  });

  it('rejects a malformed message with { ok: false } and one clear log line', async () => {
    const handler = vi.fn();
    const { listen, sink } = router({ 'get-tab-state': handler });
    await expect(listen({ type: 'get-tab-state', tabId: 'seven' }, fromTab)).resolves.toEqual({
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

  it('rejects a `requested` that is not a boolean', () => {
    expect(ArticleSummarySchema.safeParse({ ...summary, requested: 'yes' }).success).toBe(false);
  });
});
