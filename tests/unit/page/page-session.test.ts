import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { indexPacks, type PackIndex } from '@/components/entry-info';
import { compileLexicon } from '@/utils/core/lexicon/compile';
import { loadBuiltinPacks } from '@/utils/core/lexicon/builtin-packs';
import type { CompiledLexicon } from '@/utils/core/lexicon/compiled-lexicon';
import { analyzeText } from '@/utils/core/analyze';
import { entryKey, startPageSession, type PageSessionDeps } from '@/utils/page/page-session';

const DEMO = path.resolve(import.meta.dirname, '../../fixtures/pages/demo/source.html');
let lexicon: CompiledLexicon;
let packs: PackIndex;

beforeAll(() => {
  const loaded = loadBuiltinPacks().packs;
  lexicon = compileLexicon(loaded);
  packs = indexPacks(loaded);
});
beforeEach(() => {
  document.documentElement.innerHTML = new DOMParser().parseFromString(fs.readFileSync(DEMO, 'utf8'), 'text/html').documentElement.innerHTML;
});

function deps(overrides: Partial<PageSessionDeps> = {}): PageSessionDeps {
  return {
    doc: document,
    url: 'http://127.0.0.1/demo',
    startedAt: 0,
    perf: { now: () => 12, mark: vi.fn() },
    analyze: async (text, meta) => analyzeText(text, lexicon, meta),
    packs,
    view: { enabled: true, hidden: new Set(), muted: new Set(), tint: true },
    version: '0.0.0-test',
    onMore: vi.fn(),
    onMute: vi.fn(),
    onToggle: vi.fn(),
    copy: vi.fn(async () => true),
    ...overrides,
  };
}

describe('startPageSession on the demo article', () => {
  it('paints every finding in the article, none in the "Most read" sidebar, and restores the page', async () => {
    const before = document.documentElement.outerHTML;
    const d = deps();
    const session = await startPageSession(d);
    expect(session.highlights?.painted).toBe(session.analysis.findings.length);
    expect(d.perf.mark).toHaveBeenCalledWith('framelens:painted', { detail: { findings: session.analysis.findings.length, ms: 12 } });
    expect(document.querySelector('.most-read framelens-mark')).toBeNull();
    expect(document.querySelector('article framelens-mark, main framelens-mark')).not.toBeNull();
    session.destroy();
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('leaves muted entries unpainted and repaints when the mute list changes', async () => {
    const session = await startPageSession(deps());
    const first = session.analysis.findings[0];
    if (first === undefined) throw new Error('no findings');
    const total = session.analysis.findings.length;
    const key = entryKey(first);
    const sameEntry = session.analysis.findings.filter((f) => entryKey(f) === key).length;
    session.update({ enabled: true, hidden: new Set(), muted: new Set([key]), tint: true });
    expect(session.highlights?.painted).toBe(total - sameEntry);
    expect(session.visibleFindings()).toBe(total - sameEntry);
    session.destroy();
  });
});

describe('startPageSession density', () => {
  it('paints only the first occurrence of each entry when asked', async () => {
    const session = await startPageSession(deps({ view: { enabled: true, hidden: new Set(), muted: new Set(), tint: true, firstOnly: true } }));
    const entries = new Set(session.analysis.findings.map((f) => entryKey(f)));
    expect(session.highlights?.painted).toBe(entries.size);
    session.destroy();
  });
});
