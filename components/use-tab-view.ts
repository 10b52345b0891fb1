/**
 * The data every Framelens page shows about a tab: its state from the background (kept live by
 * `tab-state-changed`), the reader's settings (kept live by storage changes) and the tab itself.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser, type Browser } from 'wxt/browser';
import { createLogger } from '@/utils/ext/logger';
import { createMessageRouter, sendMessage, type TabState } from '@/utils/ext/messages';
import { loadSettings, watchSettings, type Settings } from '@/utils/ext/settings';
import { findTargetTab } from '@/utils/ext/target-tab';

const log = createLogger('ui');

/** What a page knows about its target tab; `null` fields are still loading or unknown. */
export interface TabView {
  tab: Browser.tabs.Tab | null;
  state: TabState | null;
  settings: Settings | null;
  error: string | null;
}

/**
 * Follows the tab named by `?tab=N`, else the active tab; with `followActive`, switches along
 * when the reader changes tab (the side panel stays open across tabs).
 */
export function useTabView(options: { followActive?: boolean } = {}): TabView {
  const [tab, setTab] = useState<Browser.tabs.Tab | null>(null);
  const [state, setState] = useState<TabState | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    loadSettings().then(setSettings, (e: unknown) => setError(String(e)));
    return watchSettings(setSettings);
  }, []);

  useEffect(() => {
    const locate = (): void => {
      findTargetTab(location.search).then(setTab, (e: unknown) => setError(String(e)));
    };
    locate();
    if (!options.followActive || new URLSearchParams(location.search).has('tab')) return;
    browser.tabs.onActivated.addListener(locate);
    return () => browser.tabs.onActivated.removeListener(locate);
  }, [options.followActive]);

  const tabId = tab?.id;
  useEffect(() => {
    if (tabId === undefined) return;
    let live = true;
    void sendMessage({ type: 'get-tab-state', tabId }, (m) => browser.runtime.sendMessage(m)).then((result) => {
      if (!live) return;
      if (result.ok) setState(result.value);
      else setError(result.error);
    });
    const router = createMessageRouter(
      {
        'tab-state-changed': (message) => {
          if (message.tabId !== tabId) return null;
          setState(message.state);
          // The page may have changed too (title, URL).
          void browser.tabs.get(tabId).then(setTab, () => undefined);
          return null;
        },
      },
      { extensionId: browser.runtime.id, log },
    );
    browser.runtime.onMessage.addListener(router);
    return () => {
      live = false;
      browser.runtime.onMessage.removeListener(router);
    };
  }, [tabId]);

  return { tab, state, settings, error };
}
