/**
 * The first stage (utils/ext/first-stage.ts) under test: its dependencies with the messages it
 * sends recorded, the marks it sets spied on, and the background's replies a test can change.
 * Shared by the first-stage test files.
 */
import { vi } from 'vitest';
import { createFirstStage, type FirstStageDeps } from '@/utils/ext/first-stage';
import { createLogger } from '@/utils/ext/logger';
import { ok, type Message } from '@/utils/ext/messages';

export const EXTENSION = 'framelens-test';
export const ORIGIN = `chrome-extension://${EXTENSION}/`;
/** The popup as a message sender. */
export const POPUP = { id: EXTENSION, url: `${ORIGIN}popup.html` };
/** The background's reply to a report. */
export const READY = ok({ status: 'ready', article: { detected: false, title: null, site: null, published: null, url: null, requested: false }, findingCount: 0 });

/** Replaces the test document's content with `html`'s. */
export function loadPage(html: string): void {
  document.documentElement.innerHTML = new DOMParser().parseFromString(html, 'text/html').documentElement.innerHTML;
}

/** The background's usual replies: the page app injected, the analysis sent, a report taken. */
export function defaultReply(message: Message): unknown {
  if (message.type === 'load-page-app') return ok(true);
  return message.type === 'analyze-text' ? ok(null) : READY;
}

/** A first stage on the test document; `reply` answers each sent message, the other options replace a dependency. */
export function createTestFirstStage(
  options: Partial<Omit<FirstStageDeps, 'send'>> & { reply?: (message: Message) => unknown } = {},
) {
  const { reply = defaultReply, ...overrides } = options;
  const sent: Message[] = [];
  const mark = vi.fn();
  const handedOver = vi.fn();
  const deps: FirstStageDeps = {
    doc: document,
    url: () => 'http://127.0.0.1/demo/',
    startedAt: 0,
    perf: { now: () => 3, mark },
    send: async (message) => {
      sent.push(message);
      return reply(message);
    },
    readStoredSettings: async () => undefined,
    log: createLogger('test', { sink: { debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn() } }),
    extensionId: EXTENSION,
    extensionOrigin: ORIGIN,
    onHandedOver: handedOver,
    ...overrides,
  };
  return { stage: createFirstStage(deps), sent, mark, handedOver };
}
