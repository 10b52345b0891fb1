import { useEffect, useState } from 'preact/hooks';
import { Brand } from '@/components/Brand';
import { Switch } from '@/components/Switch';
import { loadSettings, siteKey, updateSettings, watchSettings, withSite, type Settings } from '@/utils/ext/settings';

/** The settings page: the master switch and the sites where Framelens is off. */
export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [draft, setDraft] = useState('');
  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  if (settings === null) return <main class="options">Loading…</main>;

  const addSite = (event: Event): void => {
    event.preventDefault();
    const site = siteKey(/^https?:\/\//.test(draft) ? draft : `https://${draft.trim()}`);
    if (site === null) return;
    void updateSettings((s) => withSite(s, site, false));
    setDraft('');
  };

  return (
    <main class="options">
      <Brand subtitle="settings" />
      <section class="section">
        <Switch
          label="Framelens on all sites"
          checked={settings.enabled}
          testId="master-switch"
          onChange={(on) => void updateSettings((s) => ({ ...s, enabled: on }))}
        />
        <p class="hint">When off, Framelens reads no page at all.</p>
      </section>
      <section class="section">
        <h3>Sites where Framelens is off</h3>
        {settings.disabledSites.length === 0 ? (
          <p class="hint" data-testid="no-disabled-sites">None. Switch a site off from the popup, or add it here.</p>
        ) : (
          <ul class="plain" data-testid="disabled-sites">
            {settings.disabledSites.map((site) => (
              <li key={site}>
                <span>{site}</span>
                <button type="button" onClick={() => void updateSettings((s) => withSite(s, site, true))}>
                  Switch on again
                </button>
              </li>
            ))}
          </ul>
        )}
        <form class="actions" onSubmit={addSite}>
          <input
            aria-label="Site to switch off"
            placeholder="news.example"
            value={draft}
            onInput={(event) => setDraft(event.currentTarget.value)}
          />
          <button type="submit">Switch off</button>
        </form>
      </section>
    </main>
  );
}
