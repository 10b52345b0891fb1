/**
 * How the first-stage content script hands a page to the page app (the second stage, injected
 * only on article pages or on "Analyze anyway"). Both run in the extension's isolated world of
 * the same frame, which the page cannot see, and share its global object: the first stage
 * leaves one `PageHandoff` there, the page app takes it. Zod-free (the first stage loads none).
 */
import type { ArticleDetection } from '@/utils/core/article/detect-article';

/** The first stage's work on a page, reusable by the page app while the page has not moved on. */
export interface PreparedPage {
  url: string;
  /** Detected with "Analyze anyway" (the best candidate even on a page that is not an article). */
  force: boolean;
  detection: ArticleDetection;
  /** The `analyze-text` request the first stage sent for `detection.text`, and its (unvalidated) reply. */
  analysis: { disabledPacks: readonly string[]; reply: Promise<unknown> } | null;
  /**
   * The stored settings value the first stage read its switches from (null when it could not read
   * it). The page app validates it (zod, with repair) instead of reading storage again: that read
   * took 5–15 ms between the page app's start and the paint on the demo (issue 7).
   */
  storedSettings: { value: unknown } | null;
}

/** What the first stage offers the page app. */
export interface PageHandoff {
  /** `performance.now()` when the first stage started: the page's time to highlights counts from here. */
  startedAt: number;
  /**
   * Resolves when the first stage wants the page app to start: it found an article (or was asked
   * "Analyze anyway") and sent the text. The first stage may ask for the page app before its
   * detection ends (article-markers.ts), so a page app injected early waits here, idle, and on
   * a page that turns out to have no article it waits for good (a single-page navigation may
   * still bring one).
   */
  readonly ready: Promise<void>;
  /** "Analyze anyway" was asked before the page app took over. */
  readonly force: boolean;
  /** Whether highlights are shown (the reader may press Alt+Shift+H before any exist). */
  readonly highlightsShown: boolean;
  /** The first stage's detection of `url` with `force`, once (null when none fits). */
  takeDetection(url: string, force: boolean): ArticleDetection | null;
  /** The reply to the first stage's `analyze-text` request if it asked for exactly this, once. */
  takeAnalysis(text: string, disabledPacks: readonly string[]): Promise<unknown> | null;
  /**
   * The stored settings value the first stage read, once, unless they may have changed since (the
   * first stage was asked to look again meanwhile); null: read them from storage.
   */
  takeStoredSettings(): { value: unknown } | null;
  /** The page app answers messages and follows settings from now on: the first stage stops. */
  takeOver(): void;
  /** The page app's first start finished (a pending "Analyze anyway" is answered then). */
  started(): void;
  /**
   * The page app failed before it took over (it reported the failure): the first stage takes the
   * page back, so the popup's "Try again" and a single-page navigation look again.
   */
  failed(): void;
}

/** The global the handoff lives under (in the isolated world only; pages never see it). */
const HANDOFF_KEY = '__framelensPageHandoff';

type WithHandoff = typeof globalThis & { [HANDOFF_KEY]?: PageHandoff };

/** The first stage's side of a handoff: `prepare` hands the page over (once). */
export interface OfferedHandoff {
  handoff: PageHandoff;
  /** The first stage's work is done: the page app may start (with `prepared`, taken at most once). */
  prepare(prepared: PreparedPage): void;
  /** The stored settings may have changed since they were read: the page app must read them itself. */
  settingsChanged(): void;
}

/** Builds a handoff whose page app waits until the first stage calls `prepare`. */
export function createPageHandoff(options: {
  startedAt: number;
  force: () => boolean;
  highlightsShown: () => boolean;
  takeOver(): void;
  started(): void;
  failed(): void;
}): OfferedHandoff {
  let prepared: PreparedPage | null = null;
  let detectionTaken = false;
  let storedSettings: { value: unknown } | null = null;
  let resolveReady = (): void => undefined;
  const ready = new Promise<void>((resolve) => (resolveReady = resolve));
  const handoff: PageHandoff = {
    startedAt: options.startedAt,
    ready,
    get force() {
      return options.force();
    },
    get highlightsShown() {
      return options.highlightsShown();
    },
    takeDetection(url, force) {
      if (prepared === null || detectionTaken || prepared.url !== url || prepared.force !== force) return null;
      detectionTaken = true; // once: a later start (switched back on, packs changed) looks at the page afresh
      return prepared.detection;
    },
    takeAnalysis(text, disabledPacks) {
      const page = prepared;
      prepared = null; // one use: a later analysis (packs changed, page moved on) asks again
      const analysis = page?.analysis ?? null;
      if (page === null || analysis === null || page.detection.text !== text) return null;
      return analysis.disabledPacks.join('\n') === disabledPacks.join('\n') ? analysis.reply : null;
    },
    takeStoredSettings() {
      const taken = storedSettings;
      storedSettings = null;
      return taken;
    },
    takeOver: options.takeOver,
    started: options.started,
    failed: options.failed,
  };
  let prepareCalled = false;
  return {
    handoff,
    prepare(page) {
      if (prepareCalled) return;
      prepareCalled = true;
      prepared = page;
      storedSettings = page.storedSettings;
      resolveReady();
    },
    settingsChanged() {
      storedSettings = null;
    },
  };
}

/** Leaves `handoff` for the page app. */
export function offerPageHandoff(handoff: PageHandoff): void {
  (globalThis as WithHandoff)[HANDOFF_KEY] = handoff;
}

/** The first stage's handoff, or null when the page app runs alone (tests, a reload of the extension). */
export function takePageHandoff(): PageHandoff | null {
  const scope = globalThis as WithHandoff;
  const handoff = scope[HANDOFF_KEY] ?? null;
  delete scope[HANDOFF_KEY];
  return handoff;
}
