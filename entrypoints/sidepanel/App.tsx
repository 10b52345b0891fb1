import { ArticleStatus } from '@/components/ArticleStatus';
import { Brand } from '@/components/Brand';
import { SiteSwitches } from '@/components/SiteSwitches';
import { useTabView } from '@/components/use-tab-view';

/** The side panel (Chrome) / sidebar (Firefox): the article in the current tab, in more room. */
export function App() {
  const { tab, state, settings, error } = useTabView({ followActive: true });
  return (
    <main class="panel">
      <Brand subtitle="side panel" />
      <ArticleStatus state={state} />
      <section class="section" data-testid="findings">
        <h3>Highlights</h3>
        <p class="hint">
          {state?.status === 'ready' && state.findingCount > 0
            ? `${state.findingCount} highlights in this article.`
            : 'No highlights on this page yet. Actors and contested terms will be listed here, each with whose voice it is in and neutral, sourced context.'}
        </p>
      </section>
      <SiteSwitches url={tab?.url ?? null} settings={settings} />
      {error ? <p class="error">{error}</p> : null}
      <p class="hint">Framelens reads the page in your browser and sends nothing anywhere.</p>
    </main>
  );
}
