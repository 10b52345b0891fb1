/** What each highlight looks like: a sample per category, with its line style named in words. */
import type { HighlightCategory } from '@/utils/core/analysis-schema';
import { CATEGORIES, CATEGORY_STYLES } from '@/utils/page/highlight-styles';
import { t } from './i18n/t';

const NAME_KEYS: Record<HighlightCategory, string> = {
  term: 'categoryTerm',
  actor: 'categoryActor',
  place: 'categoryPlace',
  loaded: 'categoryLoaded',
};
const DESC_KEYS: Record<HighlightCategory, string> = {
  term: 'legendTerm',
  actor: 'legendActor',
  place: 'legendPlace',
  loaded: 'legendLoaded',
};
const LINE_KEYS = { solid: 'lineSolid', wavy: 'lineWavy', dotted: 'lineDotted', double: 'lineDouble' } as const;

/** The category name shown to readers. */
export const categoryName = (category: HighlightCategory): string => t(NAME_KEYS[category]);

/** A sample of a category's highlight style (also used beside toggles). */
export function CategorySwatch({ category }: { category: HighlightCategory }) {
  const s = CATEGORY_STYLES[category];
  return (
    <span
      class="fl-swatch"
      aria-hidden="true"
      style={{
        textDecoration: `underline ${s.line} ${s.color} 2px`,
        textUnderlineOffset: '3px',
        background: s.tint,
      }}
    >
      {t('legendSwatchSample')}
    </span>
  );
}

/** The legend: one row per category with its sample, name, line style and what it marks. */
export function Legend({ compact = false }: { compact?: boolean }) {
  return (
    <ul class="fl-legend" data-testid="legend" aria-label={t('legendTitle')}>
      {CATEGORIES.map((c) => (
        <li key={c} data-category={c}>
          <CategorySwatch category={c} />
          <span>
            <strong>{categoryName(c)}</strong>
            <span class="fl-muted"> · {t(LINE_KEYS[CATEGORY_STYLES[c].line])}</span>
            {compact ? null : <span class="fl-legend-desc">{t(DESC_KEYS[c])}</span>}
          </span>
        </li>
      ))}
    </ul>
  );
}
