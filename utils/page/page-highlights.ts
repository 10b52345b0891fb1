/**
 * Everything Framelens does in a page once an analysis exists: paint the findings, find the
 * one under the pointer, open its card, move between findings from the keyboard, and follow
 * the reader's toggles. The content script builds one with `createPageHighlights` and calls
 * `destroy()` when it goes away; nothing here scrolls or changes layout unless the reader
 * explicitly asked to go to a finding.
 */
import type { Finding, HighlightCategory } from '@/utils/core/analysis-schema';
import { lookupEntry, speakerName, type PackIndex } from '@/components/entry-info';
import { createCardHost } from './card-host';
import { caretAt, hitTest, type HitTarget } from './hit-test';
import { keyAction, stepIndex } from './keyboard';
import { createPainter, type PaintItem, type Painter } from './painter';

/** Pointer rest time before a hover card opens (long enough not to flicker while reading). */
export const HOVER_OPEN_MS = 350;
/** Grace time to move the pointer from a highlight into its card. */
export const HOVER_CLOSE_MS = 300;
/** How long "show in page" flashes a finding. */
export const FLASH_MS = 1200;
/** Where an explicitly visited finding lands: this fraction from the viewport top. */
const SCROLL_TARGET_FRACTION = 1 / 3;

/** What the page controller needs from its surroundings. */
export interface PageHighlightsOptions {
  doc: Document;
  findings: readonly Finding[];
  /** The article text the findings' offsets point into (for the report's sentence). */
  articleText: string;
  /** A live DOM range for article text [start, end), or null when it cannot be mapped. */
  rangeFor(start: number, end: number): Range | null;
  packs: PackIndex;
  hidden: ReadonlySet<HighlightCategory>;
  enabled: boolean;
  /** Background tint under the underline (default on). */
  tint?: boolean;
  /** Findings to leave unpainted (muted terms); indexes still point into `findings`. */
  skip?: (finding: Finding) => boolean;
  /** Force the wrapping painter (tests; browsers without CSS.highlights get it anyway). */
  forceWrap?: boolean;
  /** "More in side panel"; resolves to whether the panel opened. */
  onMore(finding: Finding, index: number): Promise<boolean>;
  onMute(finding: Finding, scope: 'site' | 'everywhere'): void;
  /** Builds the report text and copies it; resolves to whether the clipboard took it. */
  onReport(finding: Finding, sentence: string): Promise<boolean>;
  /** Master toggle pressed (Alt+Shift+H): the caller persists it and calls `setEnabled`. */
  onToggle(): void;
  /**
   * Also act on events a script dispatched (unit tests: happy-dom makes no trusted events). In a
   * page, only the reader's own input counts: a page script can fake Alt+Shift+H or a click on a
   * highlight it found in `CSS.highlights` (tests/e2e/hostile.spec.ts).
   */
  acceptScriptedInput?: boolean;
}

/** The live highlights of a page. */
export interface PageHighlights {
  readonly painter: Painter;
  /** How many findings were painted (those whose text could be mapped to the page). */
  readonly painted: number;
  setHidden(hidden: ReadonlySet<HighlightCategory>): void;
  setEnabled(on: boolean): void;
  /** Scrolls to finding `index`, flashes it and focuses it (explicit navigation only). */
  show(index: number): boolean;
  /** Moves the focus ring to the next or previous visible finding and opens its card. */
  step(direction: 1 | -1): number | null;
  /** Opens the card of finding `index` (`focus` moves keyboard focus into it). */
  openCard(index: number, focus: boolean): void;
  closeCard(): void;
  /** Removes every highlight, listener and card; the page is as it was. */
  destroy(): void;
}

/** Paints `findings` and wires pointer and keyboard interaction. */
export function createPageHighlights(options: PageHighlightsOptions): PageHighlights {
  const { doc, findings } = options;
  const view = doc.defaultView as Window;
  const painter = createPainter(doc, { forceWrap: options.forceWrap, tint: options.tint });
  const items: PaintItem[] = [];
  findings.forEach((finding, id) => {
    if (options.skip?.(finding)) return;
    const range = options.rangeFor(finding.start, finding.end);
    if (range !== null) items.push({ id, category: finding.category, range });
  });
  painter.paint(items);
  let hidden = new Set(options.hidden);
  let enabled = options.enabled;
  painter.setHidden(hidden);
  painter.setEnabled(enabled);

  // Targets sorted in document order (findings come sorted by offset; keep it explicit).
  const targets = (): HitTarget[] =>
    items
      .filter((item) => !hidden.has(item.category))
      .map((item) => ({ id: item.id, range: painter.rangeOf(item.id) ?? item.range }))
      .sort((a, b) => (findings[a.id]?.start ?? 0) - (findings[b.id]?.start ?? 0));
  let visible = targets();

  const card = createCardHost(doc);
  let cardId: number | null = null;
  let pinned = false;
  let focusId: number | null = null;
  let hoverTimer: number | undefined;
  let closeTimer: number | undefined;
  let frame: number | undefined;
  const abort = new AbortController();
  const listen = { signal: abort.signal, passive: true } as const;

  const clearTimers = (): void => {
    view.clearTimeout(hoverTimer);
    view.clearTimeout(closeTimer);
    hoverTimer = closeTimer = undefined;
  };

  const openCard = (index: number, focus: boolean): void => {
    const finding = findings[index];
    const range = painter.rangeOf(index);
    if (finding === undefined || range === null) return;
    const rect = range.getBoundingClientRect();
    const { entry, pack } = lookupEntry(options.packs, finding);
    const sentence = options.articleText.slice(finding.sentence.start, finding.sentence.end);
    cardId = index;
    pinned = focus || pinned;
    card.open({
      finding,
      entry,
      pack,
      speaker: speakerName(options.packs, finding),
      anchor: { left: rect.left, top: rect.top, bottom: rect.bottom },
      viewport: { width: view.innerWidth, height: view.innerHeight },
      autoFocus: focus,
      onClose: closeCard,
      onMore: () => options.onMore(finding, index),
      onMute: (scope) => {
        closeCard();
        options.onMute(finding, scope);
      },
      onReport: () => options.onReport(finding, sentence),
    });
  };

  function closeCard(): void {
    clearTimers();
    card.close();
    cardId = null;
    pinned = false;
  }

  const hitAt = (x: number, y: number): number | null =>
    enabled && visible.length > 0 ? hitTest(visible, caretAt(doc, x, y), x, y) : null;

  const fromReader = (event: Event): boolean => event.isTrusted || options.acceptScriptedInput === true;

  const onPointerMove = (event: PointerEvent): void => {
    if (event.pointerType === 'touch' || frame !== undefined || !fromReader(event)) return;
    const { clientX: x, clientY: y, target } = event;
    frame = view.requestAnimationFrame(() => {
      frame = undefined;
      if (card.owns(target)) {
        view.clearTimeout(closeTimer);
        return;
      }
      const id = hitAt(x, y);
      if (id !== null && id === cardId) {
        view.clearTimeout(closeTimer);
        return;
      }
      view.clearTimeout(hoverTimer);
      if (id !== null) hoverTimer = view.setTimeout(() => openCard(id, false), HOVER_OPEN_MS);
      if (cardId !== null && !pinned) {
        view.clearTimeout(closeTimer);
        closeTimer = view.setTimeout(closeCard, HOVER_CLOSE_MS);
      }
    });
  };

  const onClick = (event: MouseEvent): void => {
    if (card.owns(event.target) || !fromReader(event)) return;
    const selection = view.getSelection();
    if (selection !== null && !selection.isCollapsed) return; // the reader is selecting text
    const id = hitAt(event.clientX, event.clientY);
    if (id !== null) {
      clearTimers();
      openCard(id, true);
    } else if (cardId !== null) {
      closeCard();
    }
  };

  const onKeyDown = (event: KeyboardEvent): void => {
    const action = fromReader(event) ? keyAction(event, card.isOpen) : null;
    if (action === null) return;
    event.preventDefault();
    if (action === 'close') closeCard();
    else if (action === 'toggle') options.onToggle();
    else api.step(action === 'next' ? 1 : -1);
  };

  const onScroll = (): void => {
    if (cardId !== null && !pinned) closeCard();
  };

  doc.addEventListener('pointermove', onPointerMove, listen);
  doc.addEventListener('click', onClick, listen);
  doc.addEventListener('keydown', onKeyDown, { signal: abort.signal, capture: true });
  view.addEventListener('scroll', onScroll, listen);

  const scrollToRange = (range: Range): void => {
    const rect = range.getBoundingClientRect();
    if (rect.top >= 0 && rect.bottom <= view.innerHeight) return;
    view.scrollTo({ top: view.scrollY + rect.top - view.innerHeight * SCROLL_TARGET_FRACTION, behavior: 'instant' });
  };

  const api: PageHighlights = {
    painter,
    painted: items.length,
    setHidden(next) {
      hidden = new Set(next);
      painter.setHidden(hidden);
      visible = targets();
      if (cardId !== null && hidden.has(findings[cardId]?.category ?? 'actor')) closeCard();
    },
    setEnabled(on) {
      enabled = on;
      painter.setEnabled(on);
      if (!on) {
        closeCard();
        painter.focus(null);
        focusId = null;
      }
    },
    show(index) {
      const range = painter.rangeOf(index);
      if (range === null) return false;
      if (!enabled) api.setEnabled(true);
      scrollToRange(range);
      focusId = index;
      painter.focus(index);
      painter.flash(index, FLASH_MS);
      return true;
    },
    step(direction) {
      if (!enabled || visible.length === 0) return null;
      const at = visible.findIndex((target) => target.id === focusId);
      const next = visible[stepIndex(at < 0 ? null : at, direction, visible.length)];
      if (next === undefined) return null;
      focusId = next.id;
      painter.focus(next.id);
      scrollToRange(next.range);
      openCard(next.id, true);
      return next.id;
    },
    openCard,
    closeCard,
    destroy() {
      abort.abort();
      if (frame !== undefined) view.cancelAnimationFrame(frame);
      closeCard();
      painter.clear();
    },
  };
  return api;
}

/** Records when painting finished, so tools outside the extension can time Framelens. */
export function markPainted(perf: Pick<Performance, 'mark' | 'now'>, findings: number, startedAt: number): number {
  const ms = perf.now() - startedAt;
  perf.mark('framelens:painted', { detail: { findings, ms } });
  return ms;
}
