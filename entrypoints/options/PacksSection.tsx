import { saveFile } from '@/components/ExportButtons';
import { OwnTermForm } from '@/components/OwnTermForm';
import { PackImport } from '@/components/PackImport';
import { Switch } from '@/components/Switch';
import { t } from '@/components/i18n/t';
import { OWN_PACK_ID, ownTermsPack } from '@/components/own-terms';
import { usePacks } from '@/components/use-page-analysis';
import type { Pack, TermEntry } from '@/utils/core/lexicon/schema';
import { updateSettings, type Settings } from '@/utils/ext/settings';
import { removeUserPack, saveUserPack } from '@/utils/ext/user-packs';

/** Packs on and off, import, export, and the reader's own terms. */
export function PacksSection({ settings }: { settings: Settings }) {
  const { list, builtinIds } = usePacks();
  const userPacks = list.filter((p) => !builtinIds.has(p.id));
  const toggle = (id: string, on: boolean): void => {
    void updateSettings((s) => ({
      ...s,
      disabledPacks: on ? s.disabledPacks.filter((p) => p !== id) : [...new Set([...s.disabledPacks, id])].sort(),
    }));
  };
  const addOwnTerm = async (entry: TermEntry): Promise<void> => {
    const own = list.find((p) => p.id === OWN_PACK_ID);
    const entries = [...(own?.entries.filter((e): e is TermEntry => e.kind === 'term' && e.id !== entry.id) ?? []), entry];
    await saveUserPack(ownTermsPack(entries, new Date().toISOString().slice(0, 10)));
  };
  const exportPacks = (packs: readonly Pack[]): void =>
    saveFile(document, 'framelens-packs.json', `${JSON.stringify(packs.length === 1 ? packs[0] : packs, null, 2)}\n`, 'application/json');

  return (
    <>
      <section class="section" aria-labelledby="opt-packs">
        <h2 id="opt-packs" class="fl-h">{t('packsTitle')}</h2>
        <ul class="plain" data-testid="pack-list">
          {list.map((pack) => (
            <li key={pack.id} data-pack={pack.id}>
              <Switch
                label={`${pack.title} (${pack.entries.length})`}
                checked={!settings.disabledPacks.includes(pack.id)}
                testId={`pack-${pack.id}`}
                onChange={(on) => toggle(pack.id, on)}
              />
              {builtinIds.has(pack.id) ? (
                <span class="fl-muted">{t('packBuiltin')}</span>
              ) : (
                <span class="fl-row">
                  <button type="button" onClick={() => exportPacks([pack])}>
                    {t('packExport')}
                  </button>
                  <button type="button" onClick={() => void removeUserPack(pack.id)}>
                    {t('packRemove')}
                  </button>
                </span>
              )}
            </li>
          ))}
        </ul>
        <PackImport takenIds={new Set(list.map((p) => p.id))} onSave={saveUserPack} />
        {userPacks.length > 0 ? (
          <div class="actions">
            <button type="button" onClick={() => exportPacks(userPacks)} data-testid="export-user-packs">
              {t('packExportAll')}
            </button>
          </div>
        ) : null}
      </section>
      <section class="section" aria-labelledby="opt-own">
        <h2 id="opt-own" class="fl-h">{t('ownTitle')}</h2>
        <p class="hint">{t('ownHint')}</p>
        <OwnTermForm onAdd={addOwnTerm} />
      </section>
    </>
  );
}
