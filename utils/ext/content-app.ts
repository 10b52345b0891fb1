/**
 * What the content script does, without the browser wiring: follow the reader's settings and
 * packs, keep one page session (analysis + highlights), report to the background, and answer
 * the popup and side panel. Everything is caught: Framelens failing never breaks the page.
 * The page only detects the article and paints: analysis runs where the lexicon lives (the
 * background, `deps.analyze`), which also sends the entries the cards show.
 */
import type { Analysis } from '@/utils/core/analysis-schema';
import { indexPacks, type PackIndex, type PackInfo } from '@/components/entry-info';
import type { ArticleDetection } from '@/utils/core/article/detect-article';
import type { AnalyzeText } from '@/utils/page/analyze-page';
import { entryKey, startPageSession, type PageSession, type ReaderView } from '@/utils/page/page-session';
import type { Logger } from './logger';
import { errorText, type ArticleSummary, type Handlers, type PageAnalysis, type SendFn } from './messages';
import { reportPage } from './page-report';
import { reportFailure } from './report-failure';
import { hiddenFor, mutedFor, offReason, siteKey, updateSettings, withMuted, type Settings } from './settings';

/** What the content app needs from the browser. */
export interface ContentAppDeps {
  doc: Document;
  url: () => string;
  /** `performance.now()` when the content script started. */
  startedAt: number;
  perf: Pick<Performance, 'mark' | 'now'>;
  send: SendFn;
  log: Logger;
  version: string;
  /** Analyses article text with the built-in and reader packs minus `disabledPacks`; `packs`: the entries found, for cards. */
  analyze: (
    text: string,
    meta: Parameters<AnalyzeText>[1],
    disabledPacks: readonly string[],
  ) => Promise<{ analysis: Analysis; packs: readonly PackInfo[] }>;
  copy: (text: string) => Promise<boolean>;
  /**
   * Asks the background to open the side panel at finding `index` (from a click in the card);
   * resolves to whether it opened (Firefox refuses without a user action, docs/firefox.md).
   */
  openSidePanel: (index: number) => Promise<boolean>;
  /** Persists a settings change (the real one writes storage; the watcher calls `setSettings`). */
  update?: typeof updateSettings;
  /** The first-stage content script's detection of `url` (with `force`), if it made one (page-handoff.ts). */
  takeDetection?: (url: string, force: boolean) => ArticleDetection | null;
  /** "Analyze anyway" was asked before the app started. */
  force?: boolean;
  /** Whether highlights start shown (the reader may have hidden them before the app started). */
  highlightsShown?: boolean;
}

/** The live content app. */
export interface ContentApp {
  readonly handlers: Handlers;
  /** Starts (or restarts) with these settings. */
  start(settings: Settings): Promise<void>;
  setSettings(settings: Settings): void;
  /** The reader's packs changed: analyse again. */
  reloadPacks(): Promise<void>;
  /** The page changed address (single-page sites): analyse again. */
  navigate(): void;
  destroy(): void;
}

/** Builds the content app. */
export function createContentApp(deps: ContentAppDeps): ContentApp {
  const update = deps.update ?? updateSettings;
  let settings: Settings | null = null;
  let session: PageSession | null = null;
  /** The session being started, and a counter that tells a superseded start to stand down. */
  let starting: Promise<PageSession | null> | null = null;
  let generation = 0;
  let force = deps.force ?? false;
  let shown = deps.highlightsShown ?? true;
  let details: PackIndex = new Map();
  /** The address the current session analysed (an address-change event for the same one is ignored). */
  let analysedUrl: string | null = null;
  const view = (s: Settings): ReaderView => ({
    enabled: shown,
    hidden: hiddenFor(s, deps.url()),
    muted: mutedFor(s, deps.url()),
    tint: s.appearance.tint,
    firstOnly: s.appearance.density === 'first',
  });

  const summary = (s: PageSession): ArticleSummary => {
    const a = s.analysis.article;
    return {
      detected: a.detected,
      title: a.title,
      site: a.site ?? siteKey(deps.url()),
      published: a.published,
      url: a.url ?? deps.url(),
      requested: force,
    };
  };

  const ensureSession = (s: Settings): Promise<PageSession | null> => {
    if (starting !== null) return starting;
    const mine = ++generation;
    analysedUrl = deps.url();
    starting = startPageSession({
      doc: deps.doc,
      url: deps.url(),
      startedAt: deps.startedAt,
      perf: deps.perf,
      analyze: async (text, meta) => {
        const reply = await deps.analyze(text, meta, s.disabledPacks);
        if (mine === generation) details = indexPacks(reply.packs);
        return reply.analysis;
      },
      cancelled: () => mine !== generation,
      // The entries of this page's findings, as the analysis reply brought them.
      packs: lazyIndex(() => details),
      view: view(s),
      force,
      detected: deps.takeDetection?.(deps.url(), force) ?? undefined,
      version: deps.version,
      onMore: (index) => deps.openSidePanel(index),
      onMute: (finding, scope) => {
        const site = scope === 'site' ? siteKey(deps.url()) : null;
        void update((current) => withMuted(current, entryKey(finding), site)).catch((e: unknown) => deps.log.warn(`could not mute: ${errorText(e)}`));
      },
      onToggle: () => toggle(),
      copy: deps.copy,
    }).then((live) => {
      if (mine !== generation) {
        live.destroy();
        return null;
      }
      session = live;
      // Settings may have changed while the session was starting (its view was taken at the
      // start): bring it up to date, so a mute or toggle made meanwhile is not lost.
      if (settings !== null) live.update(view(settings));
      return live;
    });
    return starting;
  };

  const drop = (): void => {
    generation++;
    starting = null;
    session?.destroy();
    session = null;
  };

  const report = async (): Promise<void> => {
    const s = settings;
    if (s === null) return;
    const on = offReason(s, deps.url()) === null;
    if (!on) drop();
    let live: PageSession | null = null;
    if (on) {
      const pending = ensureSession(s);
      const mine = generation;
      try {
        live = await pending;
      } catch (error) {
        deps.log.error(`failed on this page: ${errorText(error)}`);
        // Say what failed (the popup shows it and offers a retry), unless a newer start took over.
        if (mine === generation) await reportFailure({ send: deps.send, log: deps.log, performance: deps.perf }, error);
        return;
      }
      if (live === null) return; // a newer start took over and reports
    }
    await reportPage({
      doc: deps.doc,
      url: deps.url(),
      settings: s,
      send: deps.send,
      log: deps.log,
      performance: deps.perf,
      probe: () => {
        if (live === null) throw new Error('no page session'); // reportPage probes only when Framelens is on
        const detected = live.analysis.article.detected || force;
        return { article: summary(live), findingCount: detected ? live.visibleFindings() : 0 };
      },
    });
  };

  const toggle = (): void => {
    shown = !shown;
    if (settings !== null) session?.update(view(settings));
  };

  const restart = async (): Promise<void> => {
    drop();
    await report();
  };

  const handlers: Handlers = {
    'get-analysis': (): PageAnalysis => ({
      analysis: session?.analysis ?? null,
      paintedMs: session?.paintedMs ?? null,
      highlightsShown: shown,
    }),
    'show-finding': (message) => {
      if (!shown) toggle();
      return session?.show(message.index) ?? false;
    },
    'analyze-anyway': async () => {
      force = true;
      await restart();
      return null;
    },
    'retry-analysis': async () => {
      await restart();
      return null;
    },
    'page-command': (message) => {
      if (message.command === 'toggle-highlights') toggle();
      else session?.highlights?.step(message.command === 'next-finding' ? 1 : -1);
      return null;
    },
  };

  return {
    handlers,
    async start(initial) {
      settings = initial;
      await report();
    },
    setSettings(next) {
      const previous = settings;
      settings = next;
      const packsChanged = previous === null || previous.disabledPacks.join() !== next.disabledPacks.join();
      if (packsChanged || offReason(next, deps.url()) !== (previous ? offReason(previous, deps.url()) : null)) {
        void restart();
        return;
      }
      session?.update(view(next));
      void report();
    },
    async reloadPacks() {
      // The background reads the reader's packs again after the same storage change (its own storage.onChanged
      // listener, analysis-service.ts `userPacksChanged`; since c679a36 it no longer compares what storage holds
      // per request): that event is sent to it when the change is written, before this page, which heard it too, asks.
      await restart();
    },
    navigate() {
      // A page can fire the address-change event itself; only a real change of address counts.
      if (deps.url() === analysedUrl) return;
      force = false;
      void restart();
    },
    destroy: drop,
  };
}

/** A PackIndex whose packs are read on first use. */
function lazyIndex(get: () => PackIndex): PackIndex {
  return {
    get: (id) => get().get(id),
    has: (id) => get().has(id),
    forEach: (fn) => get().forEach(fn),
    get size() {
      return get().size;
    },
    entries: () => get().entries(),
    keys: () => get().keys(),
    values: () => get().values(),
    [Symbol.iterator]: () => get()[Symbol.iterator](),
  };
}
