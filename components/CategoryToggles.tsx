/** One switch per highlight category, each with its sample, so the switch says what it hides. */
import type { HighlightCategory } from '@/utils/core/analysis-schema';
import { CATEGORIES } from '@/utils/page/highlight-styles';
import { t } from './i18n/t';
import { CategorySwatch, categoryName } from './Legend';

/** Category switches; `onChange` gets the new hidden set. */
export function CategoryToggles(props: {
  hidden: ReadonlySet<HighlightCategory>;
  disabled?: boolean;
  counts?: Partial<Record<HighlightCategory, number>>;
  onChange: (hidden: Set<HighlightCategory>) => void;
}) {
  return (
    <fieldset class="fl-toggles" data-testid="category-toggles" disabled={props.disabled}>
      <legend>{t('categoriesTitle')}</legend>
      {CATEGORIES.map((c) => (
        <label key={c} class="switch">
          <input
            type="checkbox"
            role="switch"
            checked={!props.hidden.has(c)}
            data-testid={`toggle-${c}`}
            onChange={(e) => {
              const next = new Set(props.hidden);
              if (e.currentTarget.checked) next.delete(c);
              else next.add(c);
              props.onChange(next);
            }}
          />
          <span class="track" aria-hidden="true" />
          <span class="switch-label">
            <CategorySwatch category={c} />
            {categoryName(c)}
            {props.counts?.[c] !== undefined ? <span class="fl-muted"> ({props.counts[c]})</span> : null}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
