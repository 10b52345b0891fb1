import { browser } from 'wxt/browser';
import { ArticleStatus } from '@/components/ArticleStatus';
import { Brand } from '@/components/Brand';
import { CategoryToggles } from '@/components/CategoryToggles';
import { Legend } from '@/components/Legend';
import { OutletCard } from '@/components/OutletCard';
import { PageActions } from '@/components/PageActions';
import { SiteSwitches } from '@/components/SiteSwitches';
import { SummaryChart } from '@/components/SummaryChart';
import { TopFindings } from '@/components/TopFindings';
import { t } from '@/components/i18n/t';
import { findOutlet } from '@/components/outlet';
import { sendToTab, usePacks, usePageAnalysis } from '@/components/use-page-analysis';
import { useTabView } from '@/components/use-tab-view';
import { createLogger } from '@/utils/ext/logger';
import { hiddenFor, offReason, siteKey, updateSettings, withHidden } from '@/utils/ext/settings';
import { openSidePanel } from '@/utils/ext/side-panel';

const log = createLogger('popup');

/** The toolbar popup: what Framelens found on this tab, its switches, the summary and the top findings. */
export function App() {
  const { tab, state, settings, error } = useTabView();
  const page = usePageAnalysis(tab?.id, state);
  const { index: packs } = usePacks();
  const url = tab?.url ?? null;
  const site = url === null ? null : siteKey(url);
  const outlet = site === null ? null : findOutlet(packs, site);
  const analysis = page?.analysis ?? null;
  const running = settings !== null && url !== null && offReason(settings, url) === null;

  const openPanel = (): void => {
    if (tab?.id === undefined) return;
    // Called straight from the click: both browsers require a user action to open the panel.
    openSidePanel({ tabId: tab.id, windowId: tab.windowId }).then(
      () => window.close(),
      (e: unknown) => log.warn('could not open the side panel', e),
    );
  };
  const show = (index: number): void => {
    if (tab?.id !== undefined) void sendToTab(tab.id, { type: 'show-finding', index });
  };

  return (
    <main class="popup">
      <Brand />
      <ArticleStatus state={state} />
      <PageActions tabId={tab?.id} state={state} />
      <SiteSwitches url={url} settings={settings} />
      {settings !== null && url !== null && running ? (
        <section class="section">
          <CategoryToggles
            hidden={hiddenFor(settings, url)}
            onChange={(hidden) => void updateSettings((s) => withHidden(s, site, hidden))}
          />
        </section>
      ) : null}
      {analysis !== null && analysis.findings.length > 0 ? (
        <>
          <section class="section" aria-labelledby="popup-summary">
            <h3 id="popup-summary">{t('summaryTitle')}</h3>
            <SummaryChart summary={analysis.summary} />
          </section>
          <section class="section" aria-labelledby="popup-top">
            <h3 id="popup-top">{t('topFindings')}</h3>
            <TopFindings findings={analysis.findings} packs={packs} onShow={show} />
          </section>
        </>
      ) : null}
      {outlet ? (
        <section class="section">
          <OutletCard outlet={outlet} />
        </section>
      ) : null}
      <details class="section">
        <summary>{t('legendTitle')}</summary>
        <Legend compact />
      </details>
      {error ? <p class="error">{error}</p> : null}
      <div class="actions">
        <button class="primary" type="button" data-testid="open-side-panel" onClick={openPanel} disabled={tab === null}>
          {t('openSidePanel')}
        </button>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('settings')}
        </button>
      </div>
    </main>
  );
}
