import { browser } from 'wxt/browser';
import { ArticleStatus } from '@/components/ArticleStatus';
import { Brand } from '@/components/Brand';
import { SiteSwitches } from '@/components/SiteSwitches';
import { useTabView } from '@/components/use-tab-view';
import { createLogger } from '@/utils/ext/logger';
import { openSidePanel } from '@/utils/ext/side-panel';

const log = createLogger('popup');

/** The toolbar popup: what Framelens found on this tab, and its switches. */
export function App() {
  const { tab, state, settings, error } = useTabView();
  const openPanel = (): void => {
    if (tab?.id === undefined) return;
    // Called straight from the click: both browsers require a user action to open the panel.
    openSidePanel({ tabId: tab.id, windowId: tab.windowId }).then(
      () => window.close(),
      (e: unknown) => log.warn('could not open the side panel', e),
    );
  };
  return (
    <main class="popup">
      <Brand />
      <ArticleStatus state={state} />
      <SiteSwitches url={tab?.url ?? null} settings={settings} />
      {error ? <p class="error">{error}</p> : null}
      <div class="actions">
        <button class="primary" type="button" data-testid="open-side-panel" onClick={openPanel} disabled={tab === null}>
          Open side panel
        </button>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          Settings
        </button>
      </div>
    </main>
  );
}
