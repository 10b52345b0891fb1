/** The reader's switches for one page: Framelens on this site, and the master switch when it is off. */
import { Switch } from './Switch';
import { t } from './i18n/t';
import { siteKey, updateSettings, withSite, type Settings } from '@/utils/ext/settings';

/** Switches for the site at `url`; the settings update storage, and every page follows. */
export function SiteSwitches({ url, settings }: { url: string | null; settings: Settings | null }) {
  const site = url === null ? null : siteKey(url);
  if (settings === null) return null;
  if (!settings.enabled) {
    return (
      <div class="notice" data-testid="master-off">
        <p class="hint">{t('masterOffNotice')}</p>
        <Switch
          label={t('masterSwitchLabel')}
          checked={false}
          testId="master-switch"
          onChange={(on) => void updateSettings((s) => ({ ...s, enabled: on }))}
        />
      </div>
    );
  }
  if (site === null) return <p class="hint">{t('notHttpPage')}</p>;
  return (
    <div class="section">
      <Switch
        label={t('siteSwitchLabel', site)}
        checked={!settings.disabledSites.includes(site)}
        testId="site-switch"
        onChange={(on) => void updateSettings((s) => withSite(s, site, on))}
      />
    </div>
  );
}
