import { useEffect, useState } from 'preact/hooks';
import { Brand } from '@/components/Brand';
import { CategoryToggles } from '@/components/CategoryToggles';
import { Switch } from '@/components/Switch';
import { t } from '@/components/i18n/t';
import { loadSettings, siteKey, updateSettings, watchSettings, withHidden, withoutMuted, withSite, type Settings } from '@/utils/ext/settings';
import { PacksSection } from './PacksSection';
import { SettingsTransfer } from './SettingsTransfer';

/** The settings page: the master switch and the sites where Framelens is off. */
export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [draft, setDraft] = useState('');
  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  if (settings === null) return <main class="options">{t('optionsLoading')}</main>;

  const addSite = (event: Event): void => {
    event.preventDefault();
    const site = siteKey(/^https?:\/\//.test(draft) ? draft : `https://${draft.trim()}`);
    if (site === null) return;
    void updateSettings((s) => withSite(s, site, false));
    setDraft('');
  };

  return (
    <main class="options">
      <Brand subtitle={t('optionsSubtitle')} />
      <section class="section">
        <Switch
          label={t('masterSwitchLabel')}
          checked={settings.enabled}
          testId="master-switch"
          onChange={(on) => void updateSettings((s) => ({ ...s, enabled: on }))}
        />
        <p class="hint">{t('optionsMasterHint')}</p>
      </section>
      <section class="section" aria-labelledby="opt-appearance">
        <h2 id="opt-appearance" class="fl-h">{t('appearanceTitle')}</h2>
        <Switch
          label={t('appearanceTint')}
          checked={settings.appearance.tint}
          testId="tint-switch"
          onChange={(on) => void updateSettings((s) => ({ ...s, appearance: { ...s.appearance, tint: on } }))}
        />
        <Switch
          label={t('appearanceFirstOnly')}
          checked={settings.appearance.density === 'first'}
          testId="density-switch"
          onChange={(on) => void updateSettings((s) => ({ ...s, appearance: { ...s.appearance, density: on ? 'first' : 'all' } }))}
        />
        <p class="hint">{t('appearanceDefaults')}</p>
        <CategoryToggles
          hidden={new Set(settings.hiddenCategories)}
          onChange={(hidden) => void updateSettings((s) => withHidden(s, null, hidden))}
        />
      </section>
      <PacksSection settings={settings} />
      <section class="section" aria-labelledby="opt-muted">
        <h2 id="opt-muted" class="fl-h">{t('mutedTitle')}</h2>
        <MutedList settings={settings} />
      </section>
      <section class="section">
        <h3>{t('offSitesTitle')}</h3>
        {settings.disabledSites.length === 0 ? (
          <p class="hint" data-testid="no-disabled-sites">{t('offSitesNone')}</p>
        ) : (
          <ul class="plain" data-testid="disabled-sites">
            {settings.disabledSites.map((site) => (
              <li key={site}>
                <span>{site}</span>
                <button type="button" onClick={() => void updateSettings((s) => withSite(s, site, true))}>
                  {t('offSitesSwitchOn')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <form class="actions" onSubmit={addSite}>
          <input
            aria-label={t('offSitesInputLabel')}
            placeholder="news.example"
            value={draft}
            onInput={(event) => setDraft(event.currentTarget.value)}
          />
          <button type="submit">{t('offSitesSwitchOff')}</button>
        </form>
      </section>
      <SettingsTransfer settings={settings} />
    </main>
  );
}

/** Entries the reader marked "not contested here", with a way back. */
function MutedList({ settings }: { settings: Settings }) {
  const rows = [
    ...settings.muted.everywhere.map((entry) => ({ entry, where: t('mutedEverywhere') })),
    ...Object.entries(settings.muted.sites).flatMap(([site, list]) => list.map((entry) => ({ entry, where: site }))),
  ];
  if (rows.length === 0) return <p class="hint">{t('mutedNone')}</p>;
  return (
    <ul class="plain" data-testid="muted-list">
      {rows.map(({ entry, where }) => (
        <li key={`${entry}@${where}`}>
          <span>
            {entry} <span class="fl-muted">· {where}</span>
          </span>
          <button type="button" onClick={() => void updateSettings((s) => withoutMuted(s, entry))}>
            {t('unmute')}
          </button>
        </li>
      ))}
    </ul>
  );
}
