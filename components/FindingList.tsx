/**
 * Every finding of an article, grouped: contested terms, loaded language, actors, places,
 * then the sources quoted. Each entry lists its occurrences with their voice; clicking one
 * asks the page to scroll to it. A voice filter and a search box narrow the list.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Voice, type Finding, type HighlightCategory } from '@/utils/core/analysis-schema';
import { ContextCard } from './ContextCard';
import { speakerName, type PackIndex } from './entry-info';
import { GROUP_ORDER, groupBySpeaker, groupFindings, type FindingFilter } from './group-findings';
import { t, tCount } from './i18n/t';
import { CategorySwatch } from './Legend';
import { voiceLabel } from './SummaryChart';
import { voiceInWords } from './voice-words';

const GROUP_KEYS: Record<HighlightCategory, string> = {
  term: 'groupTerms',
  loaded: 'groupLoaded',
  actor: 'groupActors',
  place: 'groupPlaces',
};
const VOICES = Voice.options;

export interface FindingListProps {
  findings: readonly Finding[];
  packs: PackIndex;
  /** The article's publication date, for "since this article was published" events. */
  published: string | null;
  /** Scroll the page to finding `index`; absent where there is no page ("Check a text"). */
  onShow?: (index: number) => void;
  /** Categories the reader switched off (listed, but marked as hidden in the page). */
  hidden?: ReadonlySet<HighlightCategory>;
  /** A finding to open, scroll to and focus ("More in side panel"); `at` makes each request new. */
  focus?: { index: number; at: number } | null;
}

/** One occurrence: its text and voice, as a button when the page can show it. */
function Occurrence({ finding, index, packs, onShow }: { finding: Finding; index: number; packs: PackIndex; onShow?: (i: number) => void }) {
  const label = (
    <>
      <q>{finding.text}</q> <span class="fl-muted">— {voiceInWords(finding, speakerName(packs, finding))}</span>
    </>
  );
  return (
    <li>
      {onShow ? (
        <button type="button" class="fl-occurrence" data-testid="occurrence" data-index={index} onClick={() => onShow(index)}>
          {label}
        </button>
      ) : (
        <span class="fl-occurrence">{label}</span>
      )}
    </li>
  );
}

/** One entry (or speaker), collapsed to its name and count; opens to its occurrences and context. */
function EntryBlock(props: {
  open?: boolean;
  title: string;
  occurrences: readonly number[];
  findings: readonly Finding[];
  packs: PackIndex;
  onShow?: (i: number) => void;
  children?: ComponentChildren;
}) {
  return (
    <details open={props.open}>
      <summary data-testid="entry-summary">
        <span class="fl-entry-name">{props.title}</span>{' '}
        <span class="fl-muted">{tCount('occurrences', props.occurrences.length)}</span>
      </summary>
      <ul class="fl-occurrences">
        {props.occurrences.map((i) => (
          <Occurrence key={i} finding={props.findings[i] as Finding} index={i} packs={props.packs} onShow={props.onShow} />
        ))}
      </ul>
      {props.children}
    </details>
  );
}

/** The grouped, filterable list. */
export function FindingList({ findings, packs, published, onShow, hidden, focus }: FindingListProps) {
  const [filter, setFilter] = useState<FindingFilter>({ voice: 'all', query: '' });
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!focus) return;
    const button = root.current?.querySelector<HTMLElement>(`[data-testid="occurrence"][data-index="${focus.index}"]`);
    button?.scrollIntoView({ block: 'center' });
    button?.focus({ preventScroll: true });
  }, [focus?.at, focus?.index]);
  const groups = groupFindings(findings, packs, filter);
  const speakers = groupBySpeaker(findings, packs).filter((s) =>
    s.speaker.toLowerCase().includes(filter.query.trim().toLowerCase()),
  );
  return (
    <div class="fl-findings" data-testid="finding-list" ref={root}>
      <div class="fl-filters" role="search">
        <label>
          <span>{t('searchLabel')}</span>
          <input
            type="search"
            value={filter.query}
            placeholder={t('searchPlaceholder')}
            data-testid="finding-search"
            onInput={(e) => setFilter({ ...filter, query: e.currentTarget.value })}
          />
        </label>
        <label>
          <span>{t('filterVoice')}</span>
          <select
            value={filter.voice}
            data-testid="finding-voice-filter"
            onChange={(e) => setFilter({ ...filter, voice: e.currentTarget.value as Voice | 'all' })}
          >
            <option value="all">{t('filterAllVoices')}</option>
            {VOICES.map((v) => (
              <option key={v} value={v}>
                {voiceLabel(v)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {groups.size === 0 ? <p class="fl-muted">{t('noFindings')}</p> : null}
      {GROUP_ORDER.filter((c) => groups.has(c)).map((category) => (
        <section key={category} class="fl-group" data-testid={`group-${category}`} data-hidden={hidden?.has(category) ? '' : undefined}>
          <h3>
            <CategorySwatch category={category} /> {t(GROUP_KEYS[category])}
            {hidden?.has(category) ? <span class="fl-muted"> · {t('hiddenInPage')}</span> : null}
          </h3>
          <ul class="fl-entries">
            {(groups.get(category) ?? []).map((group) => (
              <li key={group.key}>
                <EntryBlock
                  open={focus ? group.occurrences.includes(focus.index) : undefined}
                  title={group.title} occurrences={group.occurrences} findings={findings} packs={packs} onShow={onShow}>
                  {group.entry ? <ContextCard entry={group.entry} pack={group.pack} published={published} /> : null}
                </EntryBlock>
              </li>
            ))}
          </ul>
        </section>
      ))}
      {speakers.length > 0 ? (
        <section class="fl-group" data-testid="group-sources">
          <h3>{t('groupSources')}</h3>
          <ul class="fl-entries">
            {speakers.map((s) => (
              <li key={s.speaker}>
                <EntryBlock title={s.speaker} occurrences={s.occurrences} findings={findings} packs={packs} onShow={onShow} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
