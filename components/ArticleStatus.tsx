/** The state of one tab in words: article found or not, its title, outlet and date, the count. */
import type { TabState } from '@/utils/ext/messages';

/** Shows what Framelens knows about a tab. */
export function ArticleStatus({ state }: { state: TabState | null }) {
  if (state === null || state.status === 'waiting') {
    return (
      <section class="status" data-testid="article-status" data-status="waiting">
        <p class="status-line">Waiting for the page…</p>
        <p class="hint">Framelens reads http and https pages once they have loaded.</p>
      </section>
    );
  }
  if (state.status === 'off') {
    return (
      <section class="status" data-testid="article-status" data-status="off">
        <p class="status-line">{state.reason === 'master-off' ? 'Framelens is switched off' : 'Off on this site'}</p>
      </section>
    );
  }
  const { article, findingCount } = state;
  if (!article.detected) {
    return (
      <section class="status" data-testid="article-status" data-status="no-article">
        <p class="status-line">No article on this page</p>
        <p class="hint">Framelens only reads news articles.</p>
      </section>
    );
  }
  return (
    <section class="status" data-testid="article-status" data-status="article">
      <p class="status-line">
        <span class="dot" aria-hidden="true" />
        Article found
      </p>
      <h2 class="title" data-testid="article-title">
        {article.title ?? 'Untitled article'}
      </h2>
      <p class="meta">
        <span data-testid="article-site">{article.site ?? 'Unknown outlet'}</span>
        {article.published ? <span> · {formatDate(article.published)}</span> : null}
      </p>
      <p class="count" data-testid="finding-count">
        {findingCount === 0 ? 'No highlights yet' : `${findingCount} ${findingCount === 1 ? 'highlight' : 'highlights'}`}
      </p>
    </section>
  );
}

/** A short, locale-aware date; the raw value when it does not parse. */
function formatDate(value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toLocaleDateString(undefined, { dateStyle: 'medium' });
}
