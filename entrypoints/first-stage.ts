/**
 * The first stage of the content script, the only one in the manifest (wxt.config.ts lists it in
 * `content_scripts`): it runs on every page, so it loads no zod, Preact or painter
 * (utils/ext/first-stage.ts), and not WXT's content-script wrapper or the webextension polyfill
 * either: it is an unlisted script (a bare IIFE) that calls the browser's own API
 * (utils/ext/extension-api.ts) and watches single-page navigation without a timer
 * (utils/page/address-changes.ts). On a page without an article it reports that and stops; on an
 * article page it has the background inject the page app (entrypoints/page-app.content.ts) and
 * hands the page over.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { answerAsync, extensionApi } from '@/utils/ext/extension-api';
import { errorText } from '@/utils/ext/failure-reason';
import { createFirstStage } from '@/utils/ext/first-stage';
import { createLogger } from '@/utils/ext/logger';
import { QUICK_SETTINGS_KEY } from '@/utils/ext/quick-settings';
import { watchAddressChanges, type AddressWindow } from '@/utils/page/address-changes';

export default defineUnlistedScript({
  // No global variable for the bundle's result in the content script's world.
  globalName: false,
  main() {
    const startedAt = performance.now();
    const api = extensionApi();
    const extensionId = api.runtime.id;
    if (extensionId === undefined) return; // orphaned before it began
    const log = createLogger('content');
    let listening = true;
    const stage = createFirstStage({
      doc: document,
      url: () => location.href,
      startedAt,
      perf: performance,
      send: (message) => api.runtime.sendMessage(message),
      readStoredSettings: async () => (await api.storage.local.get(QUICK_SETTINGS_KEY))[QUICK_SETTINGS_KEY],
      log,
      extensionId,
      extensionOrigin: api.runtime.getURL('/'),
      onHandedOver: () => stop(),
    });
    const onMessage = answerAsync(
      (raw, sender) => stage.onMessage(raw, sender),
      (error) => log.error(`could not answer a message: ${errorText(error)}`),
    );
    // Any change of the stored settings: look again (on/off may have changed; the report is cheap).
    const onStorage = (changes: Record<string, unknown>, area: string): void => {
      if (area === 'local' && QUICK_SETTINGS_KEY in changes) void stage.check();
    };
    api.runtime.onMessage.addListener(onMessage);
    api.storage.onChanged.addListener(onStorage);
    // Single-page sites change article without a page load (the page app watches on its own once it runs).
    const stopWatching = watchAddressChanges(window as AddressWindow, () => {
      // The extension was reloaded, updated or removed: this copy is orphaned and stands down
      // (what WXT's content-script context checked on its timer).
      if (api.runtime.id === undefined) stop();
      else stage.navigated();
    });
    function stop(): void {
      if (!listening) return;
      listening = false;
      stopWatching();
      api.runtime.onMessage.removeListener(onMessage);
      api.storage.onChanged.removeListener(onStorage);
    }
    void stage.check();
  },
});
