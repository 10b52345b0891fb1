/** The popup's short list: the contested terms first, each with how often and in which voices. */
import type { Finding } from '@/utils/core/analysis-schema';
import type { PackIndex } from './entry-info';
import { groupFindings } from './group-findings';
import { t, tCount } from './i18n/t';
import { voiceLabel } from './SummaryChart';

/** How many entries the popup lists. */
export const TOP_COUNT = 5;

/** The first `TOP_COUNT` terms (then loaded language, places, actors) by number of occurrences. */
export function TopFindings({ findings, packs, onShow }: { findings: readonly Finding[]; packs: PackIndex; onShow?: (index: number) => void }) {
  const groups = groupFindings(findings, packs, { voice: 'all', query: '' });
  const ranked = (['term', 'loaded', 'place', 'actor'] as const)
    .flatMap((c) => [...(groups.get(c) ?? [])].sort((a, b) => b.occurrences.length - a.occurrences.length))
    .slice(0, TOP_COUNT);
  if (ranked.length === 0) return <p class="fl-muted">{t('noFindings')}</p>;
  return (
    <ol class="fl-top" data-testid="top-findings">
      {ranked.map((g) => {
        const voices = [...new Set(g.occurrences.map((i) => findings[i]?.voice).filter((v) => v !== undefined))];
        const first = g.occurrences[0] as number;
        return (
          <li key={g.key}>
            {onShow ? (
              <button type="button" class="fl-occurrence" onClick={() => onShow(first)}>
                <span class="fl-entry-name">{g.title}</span>
              </button>
            ) : (
              <span class="fl-entry-name">{g.title}</span>
            )}{' '}
            <span class="fl-muted">
              {tCount('occurrences', g.occurrences.length)} · {voices.map((v) => voiceLabel(v)).join(', ')}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
