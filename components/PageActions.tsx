import type { TabState } from '@/utils/ext/messages';
import { analysedOnRequest } from './ArticleStatus';
import { t } from './i18n/t';
import { sendToTab } from './use-page-analysis';

/**
 * The buttons under a tab's status, in the popup and the side panel alike: "Analyze anyway" on a
 * page Framelens did not take for an article, "Try again" after analysis failed.
 */
export function PageActions({ tabId, state }: { tabId: number | undefined; state: TabState | null }) {
  const action =
    state?.status === 'ready' && !state.article.detected && !analysedOnRequest(state)
      ? { type: 'analyze-anyway' as const, label: t('analyzeAnyway') }
      : state?.status === 'failed'
        ? { type: 'retry-analysis' as const, label: t('retryAnalysis') }
        : null;
  if (action === null) return null;
  const ask = (): void => {
    if (tabId !== undefined) void sendToTab(tabId, { type: action.type });
  };
  return (
    <div class="actions">
      <button type="button" data-testid={action.type} onClick={ask}>
        {action.label}
      </button>
    </div>
  );
}
