/** The state of one tab in words: article found or not, its title, outlet and date, the count. */
import { t, tCount } from './i18n/t';
import type { TabState } from '@/utils/ext/messages';

/**
 * Whether the reader's "Analyze anyway" is in force on a page that holds no detected article,
 * as the content script reports it (`ArticleSummary.requested`).
 */
export function analysedOnRequest(state: TabState | null): boolean {
  return state?.status === 'ready' && !state.article.detected && state.article.requested;
}

/** Shows what Framelens knows about a tab, including a page analysed on request (see `analysedOnRequest`). */
export function ArticleStatus({ state }: { state: TabState | null }) {
  if (state === null || state.status === 'waiting') {
    return (
      <section class="status" data-testid="article-status" data-status="waiting">
        <p class="status-line">{t('statusWaiting')}</p>
        <p class="hint">{t('statusWaitingHint')}</p>
      </section>
    );
  }
  if (state.status === 'failed') {
    return (
      <section class="status" data-testid="article-status" data-status="failed" role="alert">
        <p class="status-line">{t('statusFailed', state.reason)}</p>
        <p class="hint">{t('statusFailedHint')}</p>
      </section>
    );
  }
  if (state.status === 'off') {
    return (
      <section class="status" data-testid="article-status" data-status="off">
        <p class="status-line">{state.reason === 'master-off' ? t('statusMasterOff') : t('statusSiteOff')}</p>
      </section>
    );
  }
  const { article, findingCount } = state;
  if (!article.detected && !analysedOnRequest(state)) {
    return (
      <section class="status" data-testid="article-status" data-status="no-article">
        <p class="status-line">{t('statusNoArticle')}</p>
        <p class="hint">{t('statusNoArticleHint')}</p>
      </section>
    );
  }
  return (
    <section class="status" data-testid="article-status" data-status={article.detected ? 'article' : 'requested'}>
      <p class="status-line">
        <span class="dot" aria-hidden="true" />
        {article.detected ? t('statusArticleFound') : t('statusAnalysedOnRequest')}
      </p>
      <h2 class="title" data-testid="article-title">
        {article.title ?? (article.detected ? t('statusUntitledArticle') : t('statusUntitledPage'))}
      </h2>
      <p class="meta">
        <span data-testid="article-site">{article.site ?? t('statusUnknownOutlet')}</span>
        {article.published ? <span> · {formatDate(article.published)}</span> : null}
      </p>
      <p class="count" data-testid="finding-count">
        {findingCount === 0 ? t('statusNoHighlights') : tCount('statusHighlights', findingCount)}
      </p>
    </section>
  );
}

/** A short, locale-aware date; the raw value when it does not parse. */
function formatDate(value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toLocaleDateString(undefined, { dateStyle: 'medium' });
}
