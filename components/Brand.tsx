import { browser } from 'wxt/browser';
import { t } from './i18n/t';

/** The Framelens name and lens icon at the top of every page. */
export function Brand({ subtitle, heading = true }: { subtitle?: string; heading?: boolean }) {
  return (
    <header class="brand">
      <img src={browser.runtime.getURL('/icon/32.png')} alt="" />
      {/* The page's one h1 (axe: page-has-heading-one); pages with their own h1 pass heading={false}. */}
      {heading ? <h1 class="brand-name">{t('extName')}</h1> : <span>{t('extName')}</span>}
      {subtitle ? <span class="meta">{subtitle}</span> : null}
    </header>
  );
}
