/**
 * No hard-coded English in the UI: every page and the hover card are rendered with sample data
 * under a fake i18n that answers `⟦key⟧` for every key; each visible text node (and each
 * user-visible attribute) must then be a ⟦key⟧ marker, data from the sample analysis, pack or
 * settings, or punctuation/numbers. Offenders are listed by text.
 */
import fs from 'node:fs';
import path from 'node:path';
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { ArticleStatus } from '@/components/ArticleStatus';
import { CheckText } from '@/components/CheckText';
import { FindingCard } from '@/components/FindingCard';
import { OutletCard } from '@/components/OutletCard';
import { SiteSwitches } from '@/components/SiteSwitches';
import { indexPacks, lookupEntry, type PackInfo } from '@/components/entry-info';
import type { OutletEntry } from '@/components/outlet';
import type { Pack } from '@/utils/core/lexicon/schema';
import type { PageAnalysis, TabState } from '@/utils/ext/messages';
import { loadBuiltinPacks } from '@/utils/core/lexicon/builtin-packs';
import { DEFAULT_SETTINGS, SETTINGS_KEY, type Settings } from '@/utils/ext/settings';
import { App as OptionsApp } from '@/entrypoints/options/App';
import { App as PopupApp } from '@/entrypoints/popup/App';
import { App as SidepanelApp } from '@/entrypoints/sidepanel/App';
import { App as WelcomeApp } from '@/entrypoints/welcome/App';
import { EXAMPLE } from '@/entrypoints/welcome/ExampleCard';
import { badgeFor } from '@/utils/ext/badge';
import { ANALYSIS, FINDINGS, PACK, TEXT } from './sample';

const OUTLET: OutletEntry = {
  kind: 'actor',
  id: 'meridian-post',
  asOf: '2024-05-01',
  sources: [{ title: 'Meridian Post imprint', url: 'https://example.org/imprint' }],
  examples: { match: ['The Meridian Post'], noMatch: ['a post'] },
  name: 'The Meridian Post',
  patterns: ['Meridian Post'],
  actorType: 'media-outlet',
  role: 'Daily newspaper',
  side: 'independent',
  alignment: 'Independent newspaper',
  context: 'A daily newspaper covering the region.',
  outlet: { domains: ['example.org'], country: 'Nowhere', ownership: 'Owned by a foundation', funding: 'Subscriptions and adverts' },
};
const TEST_PACK = { ...PACK, entries: [...PACK.entries, OUTLET] } as unknown as PackInfo;
/** The built-in packs, plus one "imported" copy so the options page shows a user pack's buttons. */
const BUILTIN = loadBuiltinPacks().packs;
const PACK_LIST: Pack[] = [...BUILTIN, { ...BUILTIN[0]!, id: 'imported-copy', title: 'Imported copy' }];
const PACK_INDEX = indexPacks([TEST_PACK, ...PACK_LIST]);

const SETTINGS: Settings = {
  ...DEFAULT_SETTINGS,
  disabledSites: ['blocked.example'],
  muted: { everywhere: ['karabakh/occupied'], sites: { 'example.org': ['karabakh/azerbaijan-mod'] } },
};

const TAB = { id: 7, windowId: 1, index: 0, url: 'https://example.org/a', title: ANALYSIS.article.title } as Browser.tabs.Tab;
const READY: TabState = {
  status: 'ready',
  article: { detected: true, title: ANALYSIS.article.title, site: ANALYSIS.article.site, published: ANALYSIS.article.published, url: TAB.url ?? '', requested: false },
  findingCount: FINDINGS.length,
};

/** What the mocked hooks hand the pages. */
const view = vi.hoisted(() => ({
  state: null as TabState | null,
  settings: null as Settings | null,
  tab: null as Browser.tabs.Tab | null,
  page: null as PageAnalysis | null,
}));

vi.mock('@/components/use-tab-view', () => ({
  useTabView: () => ({ tab: view.tab, state: view.state, settings: view.settings, error: null }),
}));
vi.mock('@/components/use-page-analysis', () => ({
  sendToTab: vi.fn(async () => ({ ok: true, value: null })),
  usePageAnalysis: () => view.page,
  usePacks: () => ({ list: PACK_LIST, index: PACK_INDEX, builtinIds: new Set(BUILTIN.map((p) => p.id)) }),
}));
// The welcome page's example card reads the built-in packs file, which vitest cannot fetch.
vi.mock('@/utils/ext/builtin-packs-file', () => ({ readBuiltinPacks: async () => BUILTIN }));

/** Every string in the sample data: these may show up verbatim. */
function dataStrings(value: unknown, out: Set<string> = new Set()): Set<string> {
  if (typeof value === 'string') out.add(value);
  else if (Array.isArray(value)) for (const v of value) dataStrings(v, out);
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) dataStrings(v, out);
  return out;
}
const DATA = [...dataStrings([TEST_PACK, PACK_LIST, ANALYSIS, SETTINGS, READY, TAB, EXAMPLE])]
  .filter((s) => /[A-Za-z]/.test(s))
  .sort((a, b) => b.length - a.length);

/**
 * Not words for translators: keyboard shortcuts (WXT/browser key names) and an example domain
 * in a placeholder.
 */
const NOT_WORDS = ['Alt+Shift+H', 'Alt+Shift+N', 'Alt+Shift+P', 'news.example'];

/** Attributes a reader sees or hears. */
const VISIBLE_ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt', 'aria-description', 'aria-valuetext'];

/** What is left of `text` once markers, data and non-words are taken out: should be nothing. */
function residue(text: string): string {
  let rest = text.replace(/⟦[A-Za-z0-9_]+⟧/g, ' ');
  for (const s of [...DATA, ...NOT_WORDS]) rest = rest.split(s).join(' ');
  // Dates formatted for the reader's locale.
  rest = rest.replace(/\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w* \d{1,2}, \d{4}\b/g, ' ');
  return /[A-Za-z]/.test(rest) ? rest.trim() : '';
}

/** Text nodes and visible attributes under `root` that hold English not from i18n or data. */
function offenders(root: HTMLElement): string[] {
  const found: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent?.closest('style, script, textarea')) continue;
    const text = node.textContent ?? '';
    if (residue(text)) found.push(text.trim());
  }
  for (const el of root.querySelectorAll('*')) {
    for (const name of VISIBLE_ATTRIBUTES) {
      const value = el.getAttribute(name);
      if (value && residue(value)) found.push(`[${name}] ${value}`);
    }
  }
  return [...new Set(found)];
}

const FAKE_GET_MESSAGE = (key: string): string => `⟦${key}⟧`;

let host: HTMLElement;
beforeEach(async () => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(FAKE_GET_MESSAGE as typeof fakeBrowser.i18n.getMessage);
  await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: SETTINGS });
  Object.assign(view, { state: READY, settings: SETTINGS, tab: TAB, page: { analysis: ANALYSIS, paintedMs: 12, highlightsShown: true } });
  document.body.innerHTML = '';
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => {
  render(null, host);
  vi.restoreAllMocks();
});

async function shown(node: ComponentChild): Promise<string[]> {
  await act(async () => {
    render(node, host);
    await new Promise((r) => setTimeout(r, 20));
  });
  await act(async () => {
    await new Promise((r) => setTimeout(r, 20));
  });
  return offenders(host);
}

const article = READY.status === 'ready' ? READY.article : null!;

describe('UI text comes from i18n', () => {
  it('popup with an article and findings', async () => {
    expect(await shown(<PopupApp />)).toEqual([]);
    expect(host.textContent).toMatch(/⟦/);
  });

  it('popup on a page without an article', async () => {
    view.state = { ...READY, article: { ...article, detected: false } } as TabState;
    view.page = { analysis: null, paintedMs: null, highlightsShown: false };
    expect(await shown(<PopupApp />)).toEqual([]);
  });

  it('side panel with findings', async () => {
    expect(await shown(<SidepanelApp />)).toEqual([]);
  });

  it('side panel without findings', async () => {
    view.page = null;
    view.state = null;
    expect(await shown(<SidepanelApp />)).toEqual([]);
  });

  it('options page while the settings load', () => {
    act(() => render(<OptionsApp />, host));
    expect(offenders(host)).toEqual([]);
  });

  it('options page', async () => {
    expect(await shown(<OptionsApp />)).toEqual([]);
  });

  it('welcome page', async () => {
    expect(await shown(<WelcomeApp />)).toEqual([]);
    // The example card came up (with the packs read), so its strings were checked too.
    expect(host.querySelector('[data-testid="finding-card"]')).not.toBeNull();
  });

  it('article status in every state', async () => {
    const states: (TabState | null)[] = [
      null,
      { status: 'waiting' },
      { status: 'off', reason: 'master-off' },
      { status: 'off', reason: 'site-off' },
      { status: 'failed', reason: 'storage is unavailable' },
      { ...READY, article: { ...article, detected: false } } as TabState,
      { ...READY, article: { ...article, detected: false, title: null, requested: true } } as TabState,
      { ...READY, article: { ...article, title: null, site: null }, findingCount: 0 } as TabState,
      { ...READY, findingCount: 1 } as TabState,
      READY,
    ];
    const found = [];
    for (const state of states) found.push(...(await shown(<ArticleStatus state={state} />)));
    expect([...new Set(found)]).toEqual([]);
  });

  it('site switches in every state', async () => {
    const found = [
      ...(await shown(<SiteSwitches url="https://example.org/a" settings={SETTINGS} />)),
      ...(await shown(<SiteSwitches url="about:blank" settings={SETTINGS} />)),
      ...(await shown(<SiteSwitches url="https://example.org/a" settings={{ ...SETTINGS, enabled: false }} />)),
    ];
    expect(found).toEqual([]);
  });

  it('"Check a text" with its result', async () => {
    expect(await shown(<CheckText analyze={() => ANALYSIS} packs={PACK_INDEX} initialText={TEXT} />)).toEqual([]);
    expect(host.querySelector('[data-testid="check-text-result"]')).not.toBeNull();
  });

  it('outlet card', async () => {
    expect(await shown(<OutletCard outlet={OUTLET} />)).toEqual([]);
  });

  it.each(FINDINGS.map((f, i) => [i, f.voice] as const))('finding card %i (%s)', async (i) => {
    const finding = FINDINGS[i]!;
    const { entry } = lookupEntry(PACK_INDEX, finding);
    const found = await shown(
      <FindingCard
        finding={finding}
        entry={entry}
        pack={TEST_PACK}
        speaker={finding.speaker ? "Azerbaijan's Defence Ministry" : null}
        anchor={null}
        autoFocus={false}
        onClose={vi.fn()}
        onMore={vi.fn()}
        onMute={vi.fn()}
        onReport={vi.fn(async () => true)}
      />,
    );
    expect(found).toEqual([]);
  });
});

describe('toolbar tooltip comes from i18n', () => {
  const states: TabState[] = [
    { status: 'waiting' },
    { status: 'off', reason: 'master-off' },
    { status: 'off', reason: 'site-off' },
    { ...READY, article: { ...article, detected: false } } as TabState,
    { ...READY, article: { ...article, title: null } } as TabState,
    { ...READY, findingCount: 1 } as TabState,
    READY,
  ];
  it.each(states.map((s) => [JSON.stringify(s).slice(0, 60), s] as const))('%s', (_name, state) => {
    expect(residue(badgeFor(state).title)).toBe('');
    expect(badgeFor(state).title).toMatch(/^⟦[A-Za-z]+⟧$/);
  });
});

describe('page titles come from i18n', () => {
  it.each(['popup', 'sidepanel', 'options', 'welcome'])('%s sets document.title at startup', async (name) => {
    const main = fs.readFileSync(path.resolve(import.meta.dirname, `../../../entrypoints/${name}/main.tsx`), 'utf8');
    expect(main).toMatch(/document\.title\s*=\s*t\('[A-Za-z]+'\)/);
  });
});
