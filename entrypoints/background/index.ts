// First: zod's settings, before any schema is built (no eval probe; utils/ext/zod-config.ts).
import '@/utils/ext/zod-config';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createAnalysisService } from '@/utils/ext/analysis-service';
import { createBackgroundHandlers, publish, type BackgroundDeps } from '@/utils/ext/background-handlers';
import { showBadge } from '@/utils/ext/badge';
import { readPackageJson } from '@/utils/ext/builtin-packs-file';
import { createLogger } from '@/utils/ext/logger';
import { createMessageRouter, type Message } from '@/utils/ext/messages';
import { createPageAppHandlers, PAGE_APP_FILE } from '@/utils/ext/page-app-injector';
import { QUICK_SETTINGS_KEY } from '@/utils/ext/quick-settings';
import { registerReaderActions, rememberPanelFocus } from '@/utils/ext/reader-actions';
import { USER_PACKS_KEY } from '@/utils/ext/stored-packs';
import { openSidePanel } from '@/utils/ext/side-panel';
import { createSwitchesCache } from '@/utils/ext/switches-cache';
import { TabStates } from '@/utils/ext/tab-state';

export default defineBackground(() => {
  const log = createLogger('background');
  const deps: BackgroundDeps = {
    states: new TabStates(browser.storage.session),
    showBadge: (tabId, state) => showBadge(browser.action, tabId, state),
    broadcast: async (tabId, state) => {
      const message: Message = { type: 'tab-state-changed', tabId, state };
      await browser.runtime.sendMessage(message);
    },
    openPanel: (target) => openSidePanel(target),
    focusFinding: (tabId, index) => rememberPanelFocus(tabId, index),
    log,
  };

  // Content scripts send article text here: the compiled lexicon lives in the background (analysis-service.ts).
  const analysis = createAnalysisService({
    readJson: readPackageJson,
    readStoredUserPacks: async () => (await browser.storage.local.get(USER_PACKS_KEY))[USER_PACKS_KEY],
    log,
  });
  // The first stage asks for the page app early on pages with article markup: the background's copy of the switches decides then.
  const switches = createSwitchesCache(async () => (await browser.storage.local.get(QUICK_SETTINGS_KEY))[QUICK_SETTINGS_KEY]);
  browser.storage.onChanged.addListener((changes, area) => switches.onChanged(changes, area));
  void switches.current().catch((error: unknown) => log.warn(`could not read the switches: ${String(error)}`));
  // The first-stage content script asks for the page app only on article pages (docs/architecture.md).
  const pageApp = createPageAppHandlers(async ({ tabId, frameId }) => {
    // injectImmediately: without it Chromium queues the injection behind the page's own idle point.
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [PAGE_APP_FILE], injectImmediately: true });
  }, () => switches.current());
  browser.runtime.onMessage.addListener(
    createMessageRouter({ ...createBackgroundHandlers(deps), ...analysis.handlers, ...pageApp }, { extensionId: browser.runtime.id, log }),
  );
  void analysis.warm();
  // The reader's packs are read once and again only after they change (analysis-service.ts).
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && USER_PACKS_KEY in changes) analysis.userPacksChanged();
  });
  // A tab that starts loading a new page forgets the old page's report until the new one arrives.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url !== undefined) {
      void deps.states.reset(tabId).then((state) => publish(deps, tabId, state));
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => void deps.states.remove(tabId));
  registerReaderActions(log);
});
