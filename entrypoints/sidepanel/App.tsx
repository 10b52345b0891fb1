import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser, type Browser } from 'wxt/browser';
import { ArticleStatus } from '@/components/ArticleStatus';
import { PageActions } from '@/components/PageActions';
import { Brand } from '@/components/Brand';
import { CategoryToggles } from '@/components/CategoryToggles';
import { CheckText } from '@/components/CheckText';
import { ExportButtons } from '@/components/ExportButtons';
import { FindingList } from '@/components/FindingList';
import { SiteSwitches } from '@/components/SiteSwitches';
import { SummaryChart } from '@/components/SummaryChart';
import { EXPORT_FORMATS } from '@/components/export-formats';
import { t } from '@/components/i18n/t';
import { sendToTab, usePacks, usePageAnalysis } from '@/components/use-page-analysis';
import { useTabView } from '@/components/use-tab-view';
import { analyzeText } from '@/utils/core/analyze';
import { compileLexicon } from '@/utils/core/lexicon/compile';
import {
  EXPLAIN_KEY,
  PANEL_FOCUS_KEY,
  readExplainRequest,
  readPanelFocus,
  type ExplainRequest,
  type PanelFocus,
} from '@/utils/ext/reader-actions';
import { hiddenFor, offReason, siteKey, updateSettings, withHidden } from '@/utils/ext/settings';

/** The selection sent from the "Explain with Framelens" menu, kept live. */
function useExplainRequest(): ExplainRequest | null {
  const [request, setRequest] = useState<ExplainRequest | null>(null);
  useEffect(() => {
    void readExplainRequest().then(setRequest);
    const onChanged = (changes: Record<string, Browser.storage.StorageChange>, area: string): void => {
      if (area === 'session' && changes[EXPLAIN_KEY]) void readExplainRequest().then(setRequest);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  return request;
}

/** The finding "More in side panel" asked for, for `tabId`. */
function usePanelFocus(tabId: number | undefined): PanelFocus | null {
  const [focus, setFocus] = useState<PanelFocus | null>(null);
  useEffect(() => {
    const read = (): void => {
      void readPanelFocus().then((f) => setFocus(f !== null && f.tabId === tabId ? f : null));
    };
    read();
    const onChanged = (changes: Record<string, Browser.storage.StorageChange>, area: string): void => {
      if (area === 'session' && changes[PANEL_FOCUS_KEY]) read();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [tabId]);
  return focus;
}

/** The side panel (Chrome) / sidebar (Firefox): every finding, grouped, with context, export and "Check a text". */
export function App() {
  const { tab, state, settings, error } = useTabView({ followActive: true });
  const page = usePageAnalysis(tab?.id, state);
  const { list: allPacks, index: packs } = usePacks();
  const explain = useExplainRequest();
  const focus = usePanelFocus(tab?.id);
  const url = tab?.url ?? null;
  const analysis = page?.analysis ?? null;
  const enabledPacks = useMemo(
    () => allPacks.filter((p) => !settings?.disabledPacks.includes(p.id)),
    [allPacks, settings?.disabledPacks],
  );
  const lexicon = useMemo(() => (enabledPacks.length > 0 ? compileLexicon(enabledPacks) : null), [enabledPacks]);
  const analyze = (text: string) => {
    if (lexicon === null) throw new Error(t('packsLoading'));
    return analyzeText(text, lexicon);
  };
  const hidden = settings !== null && url !== null ? hiddenFor(settings, url) : new Set<never>();
  const running = settings !== null && url !== null && offReason(settings, url) === null;
  const show = (index: number): void => {
    if (tab?.id !== undefined) void sendToTab(tab.id, { type: 'show-finding', index });
  };

  return (
    <main class="panel">
      <Brand subtitle={t('sidePanel')} />
      <ArticleStatus state={state} />
      <PageActions tabId={tab?.id} state={state} />
      {settings !== null && url !== null && running ? (
        <section class="section">
          <CategoryToggles hidden={hidden} onChange={(next) => void updateSettings((s) => withHidden(s, siteKey(url), next))} />
        </section>
      ) : null}
      {analysis !== null && analysis.findings.length > 0 ? (
        <>
          <section class="section" aria-labelledby="panel-summary">
            <h2 id="panel-summary" class="fl-h">{t('summaryTitle')}</h2>
            <SummaryChart summary={analysis.summary} />
          </section>
          <section class="section" aria-labelledby="panel-findings" data-testid="findings">
            <h2 id="panel-findings" class="fl-h">{t('findingsTitle')}</h2>
            <FindingList findings={analysis.findings} packs={packs} published={analysis.article.published} onShow={show} hidden={hidden} focus={focus} />
          </section>
          <section class="section" aria-labelledby="panel-export">
            <h2 id="panel-export" class="fl-h">{t('exportTitle')}</h2>
            <ExportButtons analysis={analysis} formats={EXPORT_FORMATS} />
          </section>
        </>
      ) : (
        <section class="section" data-testid="findings">
          <p class="hint">{t('noHighlightsHere')}</p>
        </section>
      )}
      <section class="section">
        <CheckText key={explain?.at ?? 0} analyze={analyze} packs={packs} initialText={explain?.text ?? ''} />
      </section>
      <SiteSwitches url={url} settings={settings} />
      {error ? <p class="error">{error}</p> : null}
      <p class="hint">{t('privacyLine')}</p>
    </main>
  );
}
