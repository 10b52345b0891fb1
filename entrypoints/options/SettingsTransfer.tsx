import { useState } from 'preact/hooks';
import { saveFile } from '@/components/ExportButtons';
import { t } from '@/components/i18n/t';
import { errorText } from '@/utils/ext/failure-reason';
import { readSettings, updateSettings, type Settings } from '@/utils/ext/settings';

/** Settings as a file, and back: an imported file is checked first and saved only when valid. */
export function SettingsTransfer({ settings }: { settings: Settings }) {
  const [problems, setProblems] = useState<string[]>([]);
  const [done, setDone] = useState(false);
  const onFile = async (file: File | undefined): Promise<void> => {
    setDone(false);
    if (file === undefined) return;
    let raw: unknown;
    try {
      raw = JSON.parse(await file.text());
    } catch (error) {
      setProblems([t('settingsNotJson', errorText(error))]);
      return;
    }
    const read = readSettings(raw);
    if (read.problems.length > 0) {
      setProblems(read.problems);
      return;
    }
    setProblems([]);
    await updateSettings(() => read.settings);
    setDone(true);
  };
  return (
    <section class="section" aria-labelledby="opt-transfer">
      <h2 id="opt-transfer" class="fl-h">{t('settingsTransferTitle')}</h2>
      <div class="actions">
        <button
          type="button"
          data-testid="export-settings"
          onClick={() => saveFile(document, 'framelens-settings.json', `${JSON.stringify(settings, null, 2)}\n`, 'application/json')}
        >
          {t('settingsExport')}
        </button>
      </div>
      <label class="fl-block-label" for="opt-settings-file">
        {t('settingsImport')}
      </label>
      <input id="opt-settings-file" type="file" accept="application/json,.json" data-testid="settings-file" onChange={(e) => void onFile(e.currentTarget.files?.[0])} />
      {problems.length > 0 ? (
        <ul role="alert" class="error" data-testid="settings-problems">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : null}
      {done ? <p role="status">{t('settingsImported')}</p> : null}
    </section>
  );
}
