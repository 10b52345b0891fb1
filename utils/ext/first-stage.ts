/**
 * The first stage of the content script, without the browser wiring. It runs on every page and
 * so must cost next to nothing: it loads no zod, no Preact, no painter. It reads the reader's
 * switches (quick-settings.ts), detects the article and, on a page without one, reports that to
 * the background and stops. On an article page, or when the reader asks "Analyze anyway", it
 * sends the article text for analysis and, at the same time, asks the background to inject the
 * page app (entrypoints/page-app.content.ts), which takes the detection and the pending reply
 * over (page-handoff.ts), validates everything with zod as before, paints, and answers the
 * popup and side panel from then on. Never throws: Framelens failing must never break the page.
 */
import { noArticlePossible } from '@/utils/core/article/article-gate';
import { detectArticleSliced, type ArticleDetection } from '@/utils/core/article/detect-article';
import { extractMetadata } from '@/utils/core/article/metadata';
import { isRecord } from '@/utils/core/is-record';
import { analysisMeta } from '@/utils/page/analyze-page';
import { hasArticleMarkers } from '@/utils/page/article-markers';
import { createPerfMarks } from '@/utils/page/perf-marks';
import { yieldToPage } from '@/utils/page/yield-to-page';
import { summarizeDetection } from './article-probe';
import { errorText, failureReason } from './failure-reason';
import { readFirstStageMessage, readTabStateReply } from './first-stage-checks';
import type { Logger } from './logger';
import type { Message, PageAnalysis, Result } from './messages';
import { createPageHandoff, offerPageHandoff, type OfferedHandoff } from './page-handoff';
import { readQuickSettings, type QuickSettings } from './quick-settings';
import { markReported } from './reported-mark';
import { offReason } from './site-switch';

/**
 * Detection gives the page back after this much work (issue 7: no main-thread task over 50 ms;
 * a 50,000-word page took 60–95 ms in one call). Short pages finish within one slice.
 */
const DETECTION_SLICE_MS = 10;

/** What the first stage needs from the browser. */
export interface FirstStageDeps {
  doc: Document;
  url: () => string;
  /** `performance.now()` when the content script started. */
  startedAt: number;
  perf: Pick<Performance, 'mark' | 'now'>;
  /** Sends a message to the background; resolves to its raw reply (runtime.sendMessage). */
  send: (message: Message) => Promise<unknown>;
  /**
   * The stored settings value as it is (storage.local `settings`): the first stage reads its switches from it
   * by hand (quick-settings.ts) and hands it to the page app, which then needs no second storage read.
   */
  readStoredSettings: () => Promise<unknown>;
  log: Logger;
  /** This extension's id and origin (`runtime.getURL('/')`): only its own pages (popup, side panel, background) may ask. */
  extensionId: string;
  extensionOrigin: string;
  /** The page app took over: stop listening to messages, settings and navigation. */
  onHandedOver: () => void;
}

/** The live first stage. */
export interface FirstStage {
  /** Looks at the page (again): on start, when the settings change, after a single-page navigation. */
  check(): Promise<void>;
  /** The `runtime.onMessage` listener while the page app is not loaded. */
  onMessage(raw: unknown, sender: { id?: string; url?: string }): Promise<Result<unknown>> | undefined;
  /** The page changed address without a load: "Analyze anyway" no longer applies. */
  navigated(): void;
}

/** Builds the first stage. */
export function createFirstStage(deps: FirstStageDeps): FirstStage {
  const marks = createPerfMarks(deps.perf, deps.startedAt);
  /** idle: looking or done; loading: the page app was asked for; handed-over: it runs. */
  let phase: 'idle' | 'loading' | 'handed-over' = 'idle';
  let generation = 0;
  let force = false;
  let shown = true;
  /** The address last looked at (an address-change event for the same one is ignored). */
  let checkedUrl: string | null = null;
  /** Callers waiting for the page app's first start ("Analyze anyway" answers after it). */
  let waiting: (() => void)[] = [];
  const release = (): void => {
    const done = waiting;
    waiting = [];
    for (const resolve of done) resolve();
  };

  const report = async (message: Message): Promise<void> => {
    let raw: unknown;
    try {
      raw = await deps.send(message);
    } catch (error) {
      deps.log.warn(`could not report this page: ${errorText(error)}`);
      return;
    }
    const state = readTabStateReply(raw);
    if (state === null) deps.log.warn('could not report this page: unexpected reply');
    else markReported(deps.perf, state);
  };

  /** The handoff of the page app asked for (early or on an article), until it is prepared; null when none was asked for. */
  let offered: OfferedHandoff | null = null;

  /** Sends `load-page-app`; resolves to whether the background injected the page app (false: declined an early ask). */
  const askForPageApp = async (early: boolean): Promise<boolean> => {
    const raw = await deps.send({ type: 'load-page-app', early });
    if (isRecord(raw) && raw.ok === true) return raw.value !== false;
    const error = isRecord(raw) ? raw.error : undefined;
    throw new Error(typeof error === 'string' ? error : JSON.stringify(raw));
  };

  /**
   * Asks the background to inject the page app, once: `early`, when the page carries article
   * markup, before the settings are read (the injection round trip then overlaps the storage
   * read and detection; the background declines on a site its copy of the switches has off), or
   * when an article was found. The page app waits on the handoff until `loadPageApp` prepares it.
   */
  const requestPageApp = (early: boolean): OfferedHandoff => {
    if (offered !== null) return offered;
    const mine = createPageHandoff({
      startedAt: deps.startedAt,
      force: () => force,
      highlightsShown: () => shown,
      takeOver: () => {
        phase = 'handed-over';
        deps.onHandedOver();
      },
      started: release,
      failed: () => {
        if (phase !== 'loading' || offered !== mine) return;
        offered = null; // a retry asks for a fresh page app
        phase = 'idle';
        release();
      },
    });
    offered = mine;
    offerPageHandoff(mine.handoff);
    Promise.resolve()
      .then(() => askForPageApp(early))
      .then(async (injected) => {
        if (injected) return;
        // Declined early (the background has the site off): an article found since, which this
        // first stage's own read of the switches allowed, asks again; one found later asks anew.
        if (phase === 'loading' && offered === mine) await askForPageApp(false);
        else if (offered === mine) offered = null;
      })
      .catch((error: unknown) => {
        if (offered === mine) offered = null; // a later article asks again
        deps.log.error(`could not load the page app: ${errorText(error)}`);
        if (phase !== 'loading') return; // asked early, before any article: nothing waits for it yet
        phase = 'idle';
        release();
        // The popup says what failed and offers a retry (issue 8, isolation).
        void report({ type: 'page-failed', reason: failureReason(error) });
      });
    return mine;
  };

  /**
   * Has the page app injected (unless it was asked for early) and sends the article for
   * analysis; the two overlap. The page app is asked for first: the background handles one
   * message at a time, and an analysis handled first (tens of ms, up to a second on a
   * 50,000-word page) would hold the injection back until it is done.
   */
  const loadPageApp = (url: string, detection: ArticleDetection, settings: QuickSettings, stored: { value: unknown } | null): void => {
    phase = 'loading';
    const handoff = requestPageApp(false);
    const message: Message = {
      type: 'analyze-text',
      text: detection.text,
      article: analysisMeta(detection, url),
      disabledPacks: [...settings.disabledPacks],
    };
    const reply = Promise.resolve().then(() => deps.send(message));
    reply.catch(() => undefined); // the page app reads the failure; unread, it is not an unhandled rejection
    handoff.prepare({ url, force, detection, analysis: { disabledPacks: settings.disabledPacks, reply }, storedSettings: stored });
  };

  const check = async (): Promise<void> => {
    if (phase !== 'idle') {
      // Asked to look again (settings changed, a retry) while the page app loads: it reads the settings itself.
      offered?.settingsChanged();
      return;
    }
    const mine = ++generation;
    // Too little text for any article (article-gate.ts; well under 1 ms): decided first, so a short
    // page with article markup (a paywall stub, a teaser) gets no page app injected for nothing.
    const tooShort = !force && noArticlePossible(deps.doc) !== null;
    // Article markup: have the page app injected while the settings are read and detection runs (it waits until asked to start).
    if (offered === null && !tooShort && hasArticleMarkers(deps.doc)) requestPageApp(true);
    /** The value the switches came from, for the page app (null: it was unreadable, the page app reads again). */
    let stored: { value: unknown } | null = null;
    let settings: QuickSettings;
    try {
      stored = { value: await deps.readStoredSettings() };
      settings = readQuickSettings(stored.value);
    } catch (error) {
      deps.log.warn('could not read settings; using defaults', error);
      settings = readQuickSettings(undefined);
    }
    if (mine !== generation || phase !== 'idle') return; // a newer check took over
    const url = deps.url();
    checkedUrl = url;
    try {
      const reason = offReason(settings, url);
      if (reason !== null) {
        await report({ type: 'page-off', reason });
        return;
      }
      // Too little text for any article (article-gate.ts): report it with the page's metadata, as
      // detection would, without running detection (issue 7: a page without an article costs < 2 ms).
      if (tooShort) {
        const metadata = extractMetadata(deps.doc, { url });
        marks.stage('detected', { isArticle: false });
        await report({ type: 'article-state', article: summarizeDetection({ isArticle: false, metadata }, url, false), findingCount: 0 });
        return;
      }
      const detection = await detectArticleSliced(deps.doc, { url, force }, {
        now: () => deps.perf.now(), yieldToPage, sliceMs: DETECTION_SLICE_MS,
      });
      if (mine !== generation || phase !== 'idle') return; // a newer check took over while detection gave the page back
      marks.stage('detected', { isArticle: detection.isArticle });
      if (detection.isArticle || force) {
        loadPageApp(url, detection, settings, stored);
        return;
      }
      await report({ type: 'article-state', article: summarizeDetection(detection, url, false), findingCount: 0 });
    } catch (error) {
      deps.log.error(`failed on this page: ${errorText(error)}`);
      await report({ type: 'page-failed', reason: failureReason(error) });
    } finally {
      // Done without loading the page app (off, no article, failed): a waiting "Analyze anyway" has
      // nothing more to wait for. Only the latest check decides; a superseded one leaves it to that.
      if (mine === generation && phase === 'idle') release();
    }
  };

  const analyzeAnyway = async (): Promise<null> => {
    force = true;
    const started = new Promise<void>((resolve) => waiting.push(resolve));
    if (phase === 'idle') {
      generation++; // a check still reading settings without `force` stands down
      await check();
    }
    await started;
    return null;
  };

  const analysis = (): PageAnalysis => ({ analysis: null, paintedMs: null, highlightsShown: shown });

  return {
    check,
    onMessage(raw, sender) {
      if (phase === 'handed-over') return undefined;
      // Every message the first stage answers comes from an extension page, as in messages.ts' router.
      if (sender.id !== deps.extensionId || !(sender.url ?? '').startsWith(deps.extensionOrigin)) {
        deps.log.warn(`dropped a message from a foreign sender (${sender.id ?? 'no id'})`);
        return undefined;
      }
      const message = readFirstStageMessage(raw);
      if (message === null) return undefined; // not one the first stage answers
      const ok = <T>(value: T): Result<T> => ({ ok: true, value });
      switch (message.type) {
        case 'get-analysis':
          return Promise.resolve(ok(analysis()));
        case 'show-finding':
          if (!shown) shown = true;
          return Promise.resolve(ok(false)); // nothing painted yet
        case 'page-command':
          if (message.command === 'toggle-highlights') shown = !shown;
          return Promise.resolve(ok(null));
        case 'analyze-anyway':
          return analyzeAnyway().then(ok);
        case 'retry-analysis':
          return check().then(() => ok(null));
      }
    },
    navigated() {
      // A page can fire the address-change event itself; only a real change of address counts.
      if (deps.url() === checkedUrl) return;
      force = false;
      void check();
    },
  };
}
