import { afterEach, describe, expect, it, vi } from 'vitest';
import { answerAsync, extensionApi } from '@/utils/ext/extension-api';

const sender = { id: 'ext', url: 'chrome-extension://ext/popup.html' };

describe('answerAsync (runtime.onMessage in the browser’s own form)', () => {
  it('keeps the channel open and replies with the answer', async () => {
    const sendResponse = vi.fn();
    const listener = answerAsync(() => Promise.resolve({ ok: true, value: 1 }), vi.fn());
    expect(listener({ type: 'get-analysis' }, sender, sendResponse)).toBe(true);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledWith({ ok: true, value: 1 }));
  });

  it('leaves a message it does not answer to other listeners', () => {
    const sendResponse = vi.fn();
    expect(answerAsync(() => undefined, vi.fn())({ type: 'other' }, sender, sendResponse)).toBe(false);
    expect(sendResponse).not.toHaveBeenCalled();
  });

  it('replies a failed Result when the answer rejects, and reports the error', async () => {
    const sendResponse = vi.fn();
    const onError = vi.fn();
    answerAsync(() => Promise.reject(new Error('boom')), onError)({}, sender, sendResponse);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledWith({ ok: false, error: 'boom' }));
    expect(onError).toHaveBeenCalledOnce();
  });
});

describe('extensionApi', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("takes Firefox's browser when it has a runtime id, else Chrome's chrome", () => {
    const chromeApi = { runtime: { id: 'c' } };
    const firefoxApi = { runtime: { id: 'f' } };
    vi.stubGlobal('chrome', chromeApi);
    vi.stubGlobal('browser', undefined);
    expect(extensionApi()).toBe(chromeApi);
    vi.stubGlobal('browser', firefoxApi);
    expect(extensionApi()).toBe(firefoxApi);
    vi.stubGlobal('browser', { runtime: {} }); // a `browser` without a runtime id is not the extension API
    expect(extensionApi()).toBe(chromeApi);
  });
});
