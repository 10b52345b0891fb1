import { browser } from 'wxt/browser';

/** The Framelens name and lens icon at the top of every page. */
export function Brand({ subtitle }: { subtitle?: string }) {
  return (
    <header class="brand">
      <img src={browser.runtime.getURL('/icon/32.png')} alt="" />
      <span>Framelens</span>
      {subtitle ? <span class="meta">{subtitle}</span> : null}
    </header>
  );
}
