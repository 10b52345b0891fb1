/**
 * The card a reader gets on hover, click or keyboard focus of a highlight: the term, its
 * voice in words, what the pack says about it, why it was highlighted, and what the reader
 * can do (open the side panel, mute it, report it). A non-modal dialog; Esc closes it.
 * Every string from the page or a pack goes through JSX, which escapes it.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Finding } from '@/utils/core/analysis-schema';
import type { Entry } from '@/utils/core/lexicon/schema';
import { EntryDetails } from './EntryDetails';
import { entryTitle, type PackInfo } from './entry-info';
import { t } from './i18n/t';
import { voiceInWords } from './voice-words';

/** Card width in CSS px (the stylesheet uses the same). */
export const CARD_WIDTH = 360;
/** Gap between the highlight and the card. */
const CARD_GAP = 8;
/** Below this much room under the highlight, the card opens above it. */
const MIN_ROOM_BELOW = 280;
/** Tallest card; longer notes scroll inside it. */
const MAX_CARD_HEIGHT = 560;

/** Where the highlight is, in viewport coordinates. */
export interface Anchor {
  left: number;
  top: number;
  bottom: number;
}

/** What the reader can do from a card. */
export interface CardActions {
  onClose(): void;
  /** Opens the side panel; resolves to whether it opened (Firefox may refuse, see docs/firefox.md). */
  onMore(): Promise<boolean>;
  onMute(scope: 'site' | 'everywhere'): void;
  /** Copies the report text; resolves to whether the clipboard took it. */
  onReport(): Promise<boolean>;
}

export interface FindingCardProps extends CardActions {
  finding: Finding;
  entry: Entry | null;
  pack: PackInfo | null;
  speaker: string | null;
  /** Where to put the card; null = in the flow (an extension page, tests). */
  anchor: Anchor | null;
  viewport?: { width: number; height: number };
  /** Move focus into the card when it opens (click and keyboard, not hover). */
  autoFocus: boolean;
}

/**
 * Where the card goes: under the highlight when there is room (or more room than above),
 * else above it; its height is capped to the room on that side so it never runs off-screen.
 */
export function placeCard(anchor: Anchor, viewport: { width: number; height: number }): Record<string, string> {
  const left = Math.max(CARD_GAP, Math.min(anchor.left, viewport.width - CARD_WIDTH - CARD_GAP));
  const roomBelow = viewport.height - anchor.bottom - 2 * CARD_GAP;
  const roomAbove = anchor.top - 2 * CARD_GAP;
  return roomBelow >= MIN_ROOM_BELOW || roomBelow >= roomAbove
    ? { left: `${left}px`, top: `${anchor.bottom + CARD_GAP}px`, maxHeight: `${clamp(roomBelow)}px` }
    : { left: `${left}px`, bottom: `${viewport.height - anchor.top + CARD_GAP}px`, maxHeight: `${clamp(roomAbove)}px` };
}

const clamp = (room: number): number => Math.max(0, Math.min(room, MAX_CARD_HEIGHT));

const CATEGORY_KEYS = { actor: 'categoryActor', term: 'categoryTerm', place: 'categoryPlace', loaded: 'categoryLoaded' } as const;

/** The hover/click card for one finding. */
export function FindingCard(props: FindingCardProps) {
  const { finding, entry, pack, anchor } = props;
  const closeRef = useRef<HTMLButtonElement>(null);
  const [reported, setReported] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [muteOpen, setMuteOpen] = useState(false);
  const [panelRefused, setPanelRefused] = useState(false);
  const titleId = `fl-card-title-${finding.start}`;

  useEffect(() => {
    if (props.autoFocus) closeRef.current?.focus();
  }, [props.autoFocus, finding.start]);

  const style = anchor ? placeCard(anchor, props.viewport ?? { width: 1024, height: 768 }) : undefined;
  const report = async (): Promise<void> => {
    setPanelRefused(false);
    setReported((await props.onReport()) ? 'copied' : 'failed');
  };
  const more = async (): Promise<void> => {
    setReported('idle');
    setPanelRefused(!(await props.onMore()));
  };

  // The core's one-line description often already names the condition; list only what it does not say.
  const extraConditions = finding.reason.conditions.filter((c) => !finding.reason.description.includes(c));
  const why = (
    <section class="fl-why" data-testid="card-why" aria-label={t('whyHighlighted')}>
      <h3>{t('whyHighlighted')}</h3>
      <p>{finding.reason.description}</p>
      {extraConditions.length > 0 ? (
        <ul>
          {extraConditions.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      ) : null}
      <p class="fl-meta">
        {t('matchedPattern', finding.reason.pattern)}
        {pack ? ` · ${t('fromPack', pack.title)}` : ''}
      </p>
    </section>
  );

  return (
    <div
      class={`fl-card${anchor ? ' fl-floating' : ''}`}
      role="dialog"
      aria-labelledby={titleId}
      style={style}
      data-testid="finding-card"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          props.onClose();
        }
      }}
    >
      <header class="fl-card-head">
        <span class={`fl-chip fl-cat-${finding.category}`} data-testid="card-category">
          {t(CATEGORY_KEYS[finding.category])}
        </span>
        <button ref={closeRef} type="button" class="fl-close" aria-label={t('close')} onClick={props.onClose}>
          ×
        </button>
      </header>
      <h2 id={titleId} class="fl-term" data-testid="card-term">
        “{finding.text}”
        {entry && entryTitle(entry).toLowerCase() !== finding.text.toLowerCase() ? (
          <span class="fl-entry-title"> · {entryTitle(entry)}</span>
        ) : null}
      </h2>
      <p class="fl-voice" data-testid="card-voice">
        <span class={`fl-voice-dot fl-voice-${finding.voice}`} aria-hidden="true" />
        {voiceInWords(finding, props.speaker)}
      </p>
      {entry ? (
        <EntryDetails entry={entry} pack={pack} afterNote={why} />
      ) : (
        <>
          <p class="fl-note">{t('unknownActorNote', finding.role ?? '')}</p>
          {why}
        </>
      )}
      <div class="fl-footer">
        <footer class="fl-actions">
          <button type="button" class="fl-primary" onClick={() => void more()} data-testid="card-more">
            {t('moreInSidePanel')}
          </button>
          <button type="button" aria-expanded={muteOpen} onClick={() => setMuteOpen(!muteOpen)} data-testid="card-mute">
            {t('notContestedHere')}
          </button>
          <button type="button" onClick={() => void report()} data-testid="card-report">
            {t('reportFalseHighlight')}
          </button>
        </footer>
        {muteOpen ? (
          <div class="fl-mute" role="group" aria-label={t('notContestedHere')}>
            <button type="button" onClick={() => props.onMute('site')} data-testid="card-mute-site">
              {t('muteOnSite')}
            </button>
            <button type="button" onClick={() => props.onMute('everywhere')} data-testid="card-mute-everywhere">
              {t('muteEverywhere')}
            </button>
          </div>
        ) : null}
        <p class="fl-status" role="status" data-testid="card-status">
          {reported === 'copied' ? t('reportCopied') : reported === 'failed' ? t('reportCopyFailed') : panelRefused ? t('sidePanelShortcutHint') : ''}
        </p>
      </div>
    </div>
  );
}
