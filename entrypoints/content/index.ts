/**
 * The first stage of the content script, the only one in the manifest: it runs on every page,
 * so it loads no zod, Preact or painter (utils/ext/first-stage.ts). On a page without an
 * article it reports that and stops; on an article page it has the background inject the page
 * app (entrypoints/page-app.content.ts) and hands the page over.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createFirstStage } from '@/utils/ext/first-stage';
import { createLogger } from '@/utils/ext/logger';
import { QUICK_SETTINGS_KEY, readQuickSettings } from '@/utils/ext/quick-settings';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // WXT would also window.postMessage its start-up notice, which names our extension id: every page
  // could tell Framelens is installed (tests/e2e/hostile.spec.ts). Its custom event is enough.
  noScriptStartedPostMessage: true,
  main(ctx) {
    const startedAt = performance.now();
    const listening = { on: true };
    const stage = createFirstStage({
      doc: document,
      url: () => location.href,
      startedAt,
      perf: performance,
      send: (message) => browser.runtime.sendMessage(message),
      readSettings: async () => readQuickSettings((await browser.storage.local.get(QUICK_SETTINGS_KEY))[QUICK_SETTINGS_KEY]),
      log: createLogger('content'),
      extensionId: browser.runtime.id,
      extensionOrigin: browser.runtime.getURL('/'),
      onHandedOver: () => stop(),
    });
    const onMessage = (raw: unknown, sender: { id?: string; url?: string }) => stage.onMessage(raw, sender);
    // Any change of the stored settings: look again (on/off may have changed; the report is cheap).
    const onStorage = (changes: Record<string, unknown>, area: string): void => {
      if (area === 'local' && QUICK_SETTINGS_KEY in changes) void stage.check();
    };
    browser.runtime.onMessage.addListener(onMessage);
    browser.storage.onChanged.addListener(onStorage);
    const stop = (): void => {
      if (!listening.on) return;
      listening.on = false;
      browser.runtime.onMessage.removeListener(onMessage);
      browser.storage.onChanged.removeListener(onStorage);
    };
    ctx.onInvalidated(stop);
    // Single-page sites change article without a page load (ignored once the page app runs).
    ctx.addEventListener(window, 'wxt:locationchange', () => listening.on && stage.navigated());
    void stage.check();
  },
});
