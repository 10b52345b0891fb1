/**
 * Import a lexicon pack from a JSON file: validated (and migrated from older schema versions)
 * by the core's `loadPackText`; every problem is listed with its path, and nothing is saved
 * until the pack is valid.
 */
import { useState } from 'preact/hooks';
import type { Pack } from '@/utils/core/lexicon/schema';
import { loadPackText } from '@/utils/core/lexicon/load-pack';
import { t } from './i18n/t';

/** Splits the core's error text ("✖ message\n  → at path" blocks) into one line per problem. */
export function splitProblems(error: string): string[] {
  return error
    .split(/\n(?=✖)/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter((p) => p !== '');
}

/** Checks pack JSON against the schema and the packs already installed. */
export function checkPackText(text: string, takenIds: ReadonlySet<string>): { ok: true; pack: Pack; notes: string[] } | { ok: false; problems: string[] } {
  const loaded = loadPackText(text);
  if (!loaded.ok) return { ok: false, problems: splitProblems(loaded.error) };
  if (takenIds.has(loaded.pack.id)) return { ok: false, problems: [`✖ a pack with id "${loaded.pack.id}" is already installed → at id`] };
  return { ok: true, pack: loaded.pack, notes: loaded.notes };
}

/** A file picker that validates before saving. */
export function PackImport({ takenIds, onSave }: { takenIds: ReadonlySet<string>; onSave: (pack: Pack) => Promise<void> }) {
  const [problems, setProblems] = useState<string[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const onFile = async (file: File | undefined): Promise<void> => {
    setDone(null);
    if (file === undefined) return;
    const result = checkPackText(await file.text(), takenIds);
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    setProblems([]);
    await onSave(result.pack);
    setDone(t('packImported', result.pack.title));
  };
  return (
    <div class="fl-import" data-testid="pack-import">
      <label class="fl-block-label" for="fl-pack-file">
        {t('packImportLabel')}
      </label>
      <input id="fl-pack-file" type="file" accept="application/json,.json" data-testid="pack-file" onChange={(e) => void onFile(e.currentTarget.files?.[0])} />
      {problems.length > 0 ? (
        <div role="alert" class="fl-problems" data-testid="pack-problems">
          <p class="error">{t('packInvalid', String(problems.length))}</p>
          <ul>
            {problems.map((p) => (
              <li key={p}>
                <code>{p}</code>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {done ? (
        <p role="status" data-testid="pack-imported">
          {done}
        </p>
      ) : null}
    </div>
  );
}
