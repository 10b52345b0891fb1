import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { indexPacks } from '@/components/entry-info';
import { analyzeText } from '@/utils/core/analyze';
import { compileLexicon } from '@/utils/core/lexicon/compile';
import type { CompiledLexicon } from '@/utils/core/lexicon/compiled-lexicon';
import { loadBuiltinPacks } from '@/utils/core/lexicon/builtin-packs';
import type { Pack } from '@/utils/core/lexicon/schema';
import { createContentApp, type ContentAppDeps } from '@/utils/ext/content-app';
import { createLogger } from '@/utils/ext/logger';
import { ok, type Message } from '@/utils/ext/messages';
import { failureReason } from '@/utils/ext/failure-reason';
import { DEFAULT_SETTINGS } from '@/utils/ext/settings';

/** Isolation (issue 8): an exception in analysis is reported, the page keeps its DOM, a retry works. */
const DEMO_HTML = fs.readFileSync(path.resolve(import.meta.dirname, '../../fixtures/pages/demo/source.html'), 'utf8');
let builtin: { packs: Pack[]; lexicon: CompiledLexicon } | null = null;

beforeAll(() => {
  const packs = loadBuiltinPacks().packs;
  builtin = { packs, lexicon: compileLexicon(packs) };
});
beforeEach(() => {
  fakeBrowser.reset();
  const demo = new DOMParser().parseFromString(DEMO_HTML, 'text/html');
  document.documentElement.innerHTML = demo.documentElement.innerHTML;
});

function setup(options: { failures: number; url?: () => string }) {
  const sent: Message[] = [];
  let failures = options.failures;
  const analyze = vi.fn<ContentAppDeps['analyze']>(async (text, meta) => {
    if (failures > 0) {
      failures--;
      throw new Error('the lexicon could not be read:\n  storage is gone');
    }
    if (builtin === null) throw new Error('the built-in packs were not loaded');
    return { analysis: analyzeText(text, builtin.lexicon, meta), packs: [...indexPacks(builtin.packs).values()] };
  });
  const mark = vi.fn();
  const deps: ContentAppDeps = {
    doc: document,
    url: options.url ?? (() => 'http://127.0.0.1/demo/'),
    startedAt: 0,
    perf: { now: () => 5, mark },
    send: async (message) => {
      sent.push(message);
      return ok(message.type === 'page-failed' ? { status: 'failed', reason: message.reason } : { status: 'waiting' });
    },
    log: createLogger('test', { sink: { debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn() } }),
    version: '0.0.0',
    analyze,
    copy: async () => true,
    openSidePanel: vi.fn(),
    update: vi.fn(),
  };
  return { app: createContentApp(deps), sent, analyze, mark };
}

describe('createContentApp when analysis throws', () => {
  it('reports the failure with a one-line reason, leaves the page as it was, and a retry analyses again', async () => {
    const before = document.documentElement.outerHTML;
    const { app, sent, mark } = setup({ failures: 1 });
    await app.start(DEFAULT_SETTINGS);
    expect(sent.at(-1)).toEqual({ type: 'page-failed', reason: 'the lexicon could not be read: storage is gone' });
    expect(mark).toHaveBeenCalledWith('framelens:reported', { detail: { status: 'failed' } });
    expect(document.documentElement.outerHTML).toBe(before);

    await app.handlers['retry-analysis']?.({ type: 'retry-analysis' }, {});
    const report = sent.at(-1);
    expect(report?.type).toBe('article-state');
    expect(report?.type === 'article-state' && report.findingCount).toBeGreaterThan(10);
    app.destroy();
  });
});

describe('createContentApp.navigate', () => {
  it('ignores an address-change event when the address did not change (a page can fire it)', async () => {
    let url = 'http://127.0.0.1/demo/';
    const { app, analyze } = setup({ failures: 0, url: () => url });
    await app.start(DEFAULT_SETTINGS);
    expect(analyze).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 20; i++) app.navigate();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(analyze).toHaveBeenCalledTimes(1);
    url = 'http://127.0.0.1/demo/#next-story';
    app.navigate();
    await vi.waitFor(() => expect(analyze).toHaveBeenCalledTimes(2));
    app.destroy();
  });
});

describe('failureReason', () => {
  it.each<[string, unknown, string]>([
    ['an Error, on one line', new Error('bad\n\treply'), 'bad reply'],
    ['a thrown string', 'no lexicon', 'no lexicon'],
    ['an empty message', new Error(''), 'unknown error'],
  ])('%s', (_name, error, reason) => {
    expect(failureReason(error)).toBe(reason);
  });

  it('cuts a long message to fit the tab state', () => {
    const reason = failureReason(new Error('x'.repeat(5000)));
    expect(reason).toHaveLength(200);
    expect(reason.endsWith('…')).toBe(true);
  });
});
