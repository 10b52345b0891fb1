/** A small form to add one's own contested term; every problem is listed before anything is saved. */
import { useState } from 'preact/hooks';
import type { TermEntry } from '@/utils/core/lexicon/schema';
import { t } from './i18n/t';
import { buildOwnTerm, type OwnTermFields } from './own-terms';

const EMPTY: OwnTermFields = { phrase: '', note: '', alternative: '', usedBy: '', view: '', sourceTitle: '', sourceUrl: '' };
const FIELDS: readonly { key: keyof OwnTermFields; label: string; long?: boolean }[] = [
  { key: 'phrase', label: 'ownPhrase' },
  { key: 'note', label: 'ownNote', long: true },
  { key: 'usedBy', label: 'ownUsedBy' },
  { key: 'view', label: 'ownView', long: true },
  { key: 'alternative', label: 'ownAlternatives' },
  { key: 'sourceTitle', label: 'ownSourceTitle' },
  { key: 'sourceUrl', label: 'ownSourceUrl' },
];

/** The form; `onAdd` gets a valid entry. */
export function OwnTermForm({ onAdd }: { onAdd: (entry: TermEntry) => Promise<void> }) {
  const [fields, setFields] = useState<OwnTermFields>(EMPTY);
  const [problems, setProblems] = useState<string[]>([]);
  const submit = async (e: Event): Promise<void> => {
    e.preventDefault();
    const result = buildOwnTerm(fields, new Date().toISOString().slice(0, 10));
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    setProblems([]);
    await onAdd(result.entry);
    setFields(EMPTY);
  };
  return (
    <form class="fl-form" data-testid="own-term-form" onSubmit={(e) => void submit(e)}>
      {FIELDS.map((f) => (
        <label key={f.key}>
          <span>{t(f.label)}</span>
          {f.long ? (
            <textarea rows={2} value={fields[f.key]} onInput={(e) => setFields({ ...fields, [f.key]: e.currentTarget.value })} />
          ) : (
            <input type="text" value={fields[f.key]} onInput={(e) => setFields({ ...fields, [f.key]: e.currentTarget.value })} />
          )}
        </label>
      ))}
      {problems.length > 0 ? (
        <ul role="alert" class="fl-problems error">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : null}
      <button type="submit" class="primary">
        {t('ownAdd')}
      </button>
    </form>
  );
}
