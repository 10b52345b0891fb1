/**
 * The browser's own extension API, typed for the few calls the first stage makes on every page.
 * The first stage does not import `wxt/browser`: with the webextension-polyfill module that
 * brings the polyfill (≈ 10 KB, and wrapping work on start), which Chrome MV3 and Firefox no
 * longer need for these calls: both return promises from `runtime.sendMessage` and
 * `storage.local.get`. The one difference left is answering a message: Chrome's
 * `runtime.onMessage` does not take a returned promise as the reply in every version, so replies
 * go through `sendResponse` with `return true` (`answerAsync`), which both browsers support.
 */
import { errorText } from './failure-reason';

/** Who sent a message (the fields the first stage checks). */
export interface MessageSender {
  id?: string;
  url?: string;
}

/** A browser event: add and remove a listener. */
export interface ExtensionEvent<Listener> {
  addListener(listener: Listener): void;
  removeListener(listener: Listener): void;
}

/** A `runtime.onMessage` listener in the browser's own form. */
export type NativeMessageListener = (message: unknown, sender: MessageSender, sendResponse: (reply: unknown) => void) => boolean;

/** The part of the extension API the first stage uses. */
export interface FirstStageApi {
  runtime: {
    /** Undefined once the extension was reloaded, updated or removed: this script is orphaned. */
    readonly id: string | undefined;
    getURL(path: string): string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: ExtensionEvent<NativeMessageListener>;
  };
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>> };
    onChanged: ExtensionEvent<(changes: Record<string, unknown>, areaName: string) => void>;
  };
}

/** The extension API of this world: Firefox's `browser`, else Chrome's `chrome` (as `@wxt-dev/browser` picks). */
export function extensionApi(): FirstStageApi {
  const scope = globalThis as { browser?: FirstStageApi; chrome?: FirstStageApi };
  const api = scope.browser?.runtime?.id !== undefined ? scope.browser : scope.chrome;
  if (api === undefined) throw new Error('no extension API in this world');
  return api;
}

/**
 * A `runtime.onMessage` listener for a handler that answers with a promise or not at all
 * (undefined: not a message for it, so another listener may answer). A rejected answer is
 * replied as a failed `Result`, as the page app's router does.
 */
export function answerAsync(
  handle: (message: unknown, sender: MessageSender) => Promise<unknown> | undefined,
  onError: (error: unknown) => void,
): NativeMessageListener {
  return (message, sender, sendResponse) => {
    const answer = handle(message, sender);
    if (answer === undefined) return false;
    answer.then(sendResponse, (error: unknown) => {
      onError(error);
      sendResponse({ ok: false, error: errorText(error) });
    });
    return true; // keeps the channel open until sendResponse
  };
}
