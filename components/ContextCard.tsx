/**
 * A context card in the side panel: the entry's note, perspectives, grounding, alternatives,
 * sources and "as of" date, plus what the pack's timeline records after the article's date.
 */
import type { Entry, TimelineEvent } from '@/utils/core/lexicon/schema';
import { EntryDetails } from './EntryDetails';
import { entryTitle, type PackInfo } from './entry-info';
import { t } from './i18n/t';

/** Timeline events strictly after `published` (an ISO date or date-time), oldest first. */
export function eventsSince(timeline: readonly TimelineEvent[], published: string | null): TimelineEvent[] {
  if (published === null) return [];
  const day = published.slice(0, 10);
  return timeline.filter((e) => e.date > day).sort((a, b) => a.date.localeCompare(b.date));
}

/** One entry's context, with "since this article was published" events when the date is known. */
export function ContextCard({ entry, pack, published }: { entry: Entry; pack: PackInfo | null; published: string | null }) {
  const since = pack ? eventsSince(pack.timeline, published) : [];
  return (
    <article class="fl-context" data-testid="context-card" aria-label={entryTitle(entry)}>
      <EntryDetails entry={entry} pack={pack} headingLevel={4} />
      {pack ? <p class="fl-muted">{t('fromPack', pack.title)}</p> : null}
      {since.length > 0 ? (
        <>
          <h4>{t('sinceArticle')}</h4>
          <ol class="fl-timeline" data-testid="timeline">
            {since.map((e) => (
              <li key={`${e.date}-${e.event.slice(0, 20)}`}>
                <time dateTime={e.date}>{e.date}</time> — {e.event}{' '}
                {e.sources.map((s) => (
                  <a key={s.url} href={s.url} target="_blank" rel="noopener noreferrer">
                    [{s.title}]
                  </a>
                ))}
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </article>
  );
}
