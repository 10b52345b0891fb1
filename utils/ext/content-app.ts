/**
 * What the content script does, without the browser wiring: follow the reader's settings and
 * packs, keep one page session (analysis + highlights), report to the background, and answer
 * the popup and side panel. Everything is caught: Framelens failing never breaks the page.
 */
import { compileLexicon } from '@/utils/core/lexicon/compile';
import type { CompiledLexicon } from '@/utils/core/lexicon/compiled-lexicon';
import type { Pack } from '@/utils/core/lexicon/schema';
import { indexPacks, type PackIndex } from '@/components/entry-info';
import { entryKey, startPageSession, type PageSession, type ReaderView } from '@/utils/page/page-session';
import type { Logger } from './logger';
import { errorText, type ArticleSummary, type Handlers, type PageAnalysis, type SendFn } from './messages';
import { reportPage } from './page-report';
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
  /** Built-in and reader packs (enabled or not; settings decide). */
  loadPacks: () => Promise<Pack[]>;
  copy: (text: string) => Promise<boolean>;
  /** Asks the background to open the side panel at finding `index` (from a click in the card). */
  openSidePanel: (index: number) => void;
  /** Persists a settings change (the real one writes storage; the watcher calls `setSettings`). */
  update?: typeof updateSettings;
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
  let packs: Pack[] = [];
  let session: PageSession | null = null;
  let force = false;
  let shown = true;
  let compiled: { key: string; lexicon: CompiledLexicon; index: PackIndex } | null = null;

  const active = (): Pack[] => packs.filter((p) => !settings?.disabledPacks.includes(p.id));
  const lexicon = (): { lexicon: CompiledLexicon; index: PackIndex } => {
    const list = active();
    const key = list.map((p) => `${p.id}@${p.version}`).join(',');
    if (compiled?.key !== key) compiled = { key, lexicon: compileLexicon(list), index: indexPacks(list) };
    return compiled;
  };
  const view = (s: Settings): ReaderView => ({
    enabled: shown,
    hidden: hiddenFor(s, deps.url()),
    muted: mutedFor(s, deps.url()),
    tint: s.appearance.tint,
    firstOnly: s.appearance.density === 'first',
  });

  const summary = (s: PageSession): ArticleSummary => {
    const a = s.analysis.article;
    return { detected: a.detected, title: a.title, site: a.site ?? siteKey(deps.url()), published: a.published, url: a.url ?? deps.url() };
  };

  const ensureSession = (s: Settings): PageSession => {
    if (session !== null) return session;
    session = startPageSession({
      doc: deps.doc,
      url: deps.url(),
      startedAt: deps.startedAt,
      perf: deps.perf,
      lexicon: () => lexicon().lexicon,
      // Entries are looked up lazily, so a page without an article never compiles the packs.
      packs: lazyIndex(() => lexicon().index),
      view: view(s),
      force,
      version: deps.version,
      onMore: (index) => deps.openSidePanel(index),
      onMute: (finding, scope) => {
        const site = scope === 'site' ? siteKey(deps.url()) : null;
        void update((current) => withMuted(current, entryKey(finding), site)).catch((e: unknown) => deps.log.warn(`could not mute: ${errorText(e)}`));
      },
      onToggle: () => toggle(),
      copy: deps.copy,
    });
    return session;
  };

  const drop = (): void => {
    session?.destroy();
    session = null;
  };

  const report = async (): Promise<void> => {
    const s = settings;
    if (s === null) return;
    if (offReason(s, deps.url()) !== null) drop();
    await reportPage({
      doc: deps.doc,
      url: deps.url(),
      settings: s,
      send: deps.send,
      log: deps.log,
      performance: deps.perf,
      probe: () => {
        const live = ensureSession(s);
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
      try {
        packs = await deps.loadPacks();
      } catch (error) {
        deps.log.warn(`could not load packs: ${errorText(error)}`);
      }
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
      packs = await deps.loadPacks();
      compiled = null;
      await restart();
    },
    navigate() {
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
