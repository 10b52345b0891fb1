/** The body of a context card: what the pack says about an entry, with its sources and date. */
import type { ComponentChildren } from 'preact';
import type { Entry } from '@/utils/core/lexicon/schema';
import { partyLabel, type PackInfo } from './entry-info';
import { t } from './i18n/t';

/** Sections for one entry, by kind: a term's note, perspectives, grounding and alternatives, etc. */
export function EntryDetails({
  entry,
  pack,
  headingLevel = 3,
  afterNote,
}: {
  entry: Entry;
  pack: PackInfo | null;
  headingLevel?: 3 | 4;
  /** Shown right after the note (the card puts "Why highlighted" there). */
  afterNote?: ComponentChildren;
}) {
  const H = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <div class="fl-entry">
      {entry.kind === 'term' ? (
        <>
          <p class="fl-note" data-testid="card-note">{entry.note}</p>
          {afterNote}
          <H>{t('perspectives')}</H>
          <ul class="fl-perspectives" data-testid="card-perspectives">
            {entry.perspectives.map((p) => (
              <li key={p.by}>
                <strong>{partyLabel(pack, p.by)}:</strong> {p.view}
              </li>
            ))}
          </ul>
          {entry.grounding ? (
            <>
              <H>{t('grounding')}</H>
              <p data-testid="card-grounding">{entry.grounding}</p>
            </>
          ) : null}
          <H>{t('alternatives')}</H>
          <ul class="fl-alternatives" data-testid="card-alternatives">
            {entry.alternatives.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        </>
      ) : null}
      {entry.kind === 'actor' ? (
        <>
          <p class="fl-role">
            <strong>{entry.role}</strong> · {entry.alignment}
          </p>
          <p class="fl-note" data-testid="card-note">{entry.context}</p>
          {afterNote}
        </>
      ) : null}
      {entry.kind === 'place' ? (
        <>
          <p class="fl-role">
            {t('neutralName')} <strong>{entry.neutralName}</strong>
          </p>
          <ul class="fl-names" data-testid="card-names">
            {entry.names.map((n) => (
              <li key={n.name}>
                <strong>{n.name}</strong> — {t('usedBy', n.usedBy.map((u) => partyLabel(pack, u)).join(', '))}
              </li>
            ))}
          </ul>
          <p class="fl-note" data-testid="card-note">{entry.context}</p>
          {afterNote}
        </>
      ) : null}
      <Sources entry={entry} heading={H} />
    </div>
  );
}

/** The entry's sources as links that open in a new tab, and its "as of" date. */
function Sources({ entry, heading: H }: { entry: Entry; heading: 'h3' | 'h4' }) {
  return (
    <>
      <H>{t('sources')}</H>
      <ul class="fl-sources" data-testid="card-sources">
        {entry.sources.map((s) => (
          <li key={s.url}>
            <a href={s.url} target="_blank" rel="noopener noreferrer">
              {s.title}
            </a>
          </li>
        ))}
      </ul>
      <p class="fl-asof" data-testid="card-asof">
        {t('asOf', entry.asOf)}
      </p>
    </>
  );
}
