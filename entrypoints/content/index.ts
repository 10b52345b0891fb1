import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { probePage } from '@/utils/ext/article-probe';
import { createLogger } from '@/utils/ext/logger';
import { reportPage } from '@/utils/ext/page-report';
import { loadSettings, readSettings, watchSettings, type Settings } from '@/utils/ext/settings';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const log = createLogger('content');
    // Everything is caught: whatever goes wrong in Framelens, the page keeps working.
    const report = (settings: Settings): void => {
      if (ctx.isInvalid) return;
      void reportPage({
        doc: document,
        url: location.href,
        settings,
        send: (message) => browser.runtime.sendMessage(message),
        probe: probePage,
        log,
        performance,
      });
    };
    let settings = readSettings(undefined).settings;
    try {
      settings = await loadSettings();
    } catch (error) {
      log.warn('could not read settings; using defaults', error);
    }
    report(settings);
    const unwatch = watchSettings((next) => {
      settings = next;
      report(next);
    });
    ctx.onInvalidated(unwatch);
    // Single-page sites change article without a page load.
    ctx.addEventListener(window, 'wxt:locationchange', () => report(settings));
  },
});
