/** "Who publishes this": the outlet's country, ownership and funding, from the outlets pack. */
import { Fragment } from 'preact';
import { t } from './i18n/t';
import type { OutletEntry } from './outlet';

/** The outlet card shown in the popup when the page's domain is known. */
export function OutletCard({ outlet }: { outlet: OutletEntry }) {
  return (
    <section class="fl-outlet" data-testid="outlet-card" aria-labelledby="fl-outlet-name">
      <h3 id="fl-outlet-name">
        {t('outletTitle')} <span class="fl-entry-name">{outlet.name}</span>
      </h3>
      <dl>
        <dt>{t('outletCountry')}</dt>
        <dd>{outlet.outlet.country}</dd>
        <dt>{t('outletOwnership')}</dt>
        <dd>{outlet.outlet.ownership}</dd>
        <dt>{t('outletFunding')}</dt>
        <dd>{outlet.outlet.funding}</dd>
      </dl>
      <p class="fl-asof">
        {outlet.sources.map((s, i) => (
          <Fragment key={s.url}>
            {i > 0 ? ' · ' : ''}
            <a href={s.url} target="_blank" rel="noopener noreferrer">
              {s.title}
            </a>
          </Fragment>
        ))}{' '}
        · {t('asOf', outlet.asOf)}
      </p>
    </section>
  );
}
