/**
 * "Check a text": an editor pastes a draft and gets the same findings and summary as for a
 * page, without one. The analysis function is passed in (the core's `analyzeText`).
 */
import { useEffect, useState } from 'preact/hooks';
import type { Analysis } from '@/utils/core/analysis-schema';
import { errorText } from '@/utils/ext/failure-reason';
import type { PackIndex } from './entry-info';
import { FindingList } from './FindingList';
import { t } from './i18n/t';
import { SummaryChart } from './SummaryChart';

/** Longest draft we analyse in the panel (a long feature is ~60,000 characters). */
export const MAX_DRAFT_CHARS = 200_000;

/** A text box, a button and the result. */
export function CheckText({ analyze, packs, initialText = '' }: { analyze: (text: string) => Analysis; packs: PackIndex; initialText?: string }) {
  const [draft, setDraft] = useState(initialText);
  const [result, setResult] = useState<Analysis | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = (text: string = draft): void => {
    try {
      setError(null);
      setResult(analyze(text.slice(0, MAX_DRAFT_CHARS)));
    } catch (e) {
      setResult(null);
      setError(errorText(e));
    }
  };
  // A selection sent from the context menu is explained at once, once packs are ready.
  useEffect(() => {
    if (initialText !== '' && packs.size > 0) run(initialText);
  }, [initialText, packs.size]);
  return (
    <section class="fl-check" data-testid="check-text" aria-labelledby="fl-check-title">
      <h2 id="fl-check-title">{t('checkTextTitle')}</h2>
      <label class="fl-block-label" for="fl-check-input">
        {t('checkTextLabel')}
      </label>
      <textarea
        id="fl-check-input"
        rows={6}
        value={draft}
        data-testid="check-text-input"
        onInput={(e) => setDraft(e.currentTarget.value)}
      />
      <div class="fl-row">
        <button type="button" class="primary" disabled={draft.trim() === ''} onClick={() => run()} data-testid="check-text-run">
          {t('checkTextRun')}
        </button>
      </div>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      {result ? (
        <div data-testid="check-text-result">
          <SummaryChart summary={result.summary} />
          <FindingList findings={result.findings} packs={packs} published={null} />
        </div>
      ) : null}
    </section>
  );
}
