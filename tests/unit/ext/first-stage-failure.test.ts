import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { MessageSchema, ok, type Message } from '@/utils/ext/messages';
import { takePageHandoff } from '@/utils/ext/page-handoff';
import { createTestFirstStage, POPUP } from './first-stage-harness';

/** Isolation (issue 8) in the first-stage content script: a failure is reported, and a retry looks again. */
const DEMO = fs.readFileSync(path.resolve(import.meta.dirname, '../../fixtures/pages/demo/source.html'), 'utf8');

/** The live document, except that reading it throws while `broken.now` is true. */
function flakyDocument(broken: { now: boolean }): Document {
  return new Proxy(document, {
    get(target, key) {
      if (broken.now && key === 'querySelectorAll') throw new Error('the page\nbroke the DOM');
      const value = Reflect.get(target, key, target) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

function setup(send: (message: Message) => unknown) {
  const broken = { now: false };
  const { stage, sent, mark } = createTestFirstStage({ doc: flakyDocument(broken), reply: send });
  return { stage, sent, mark, broken };
}

describe('createFirstStage when something fails', () => {
  it('reports a detection that throws as page-failed, and "Try again" looks at the page again', async () => {
    takePageHandoff();
    document.documentElement.innerHTML = new DOMParser().parseFromString(DEMO, 'text/html').documentElement.innerHTML;
    const { stage, sent, mark, broken } = setup((m) => (m.type === 'page-failed' ? ok({ status: 'failed', reason: m.reason }) : ok(null)));
    broken.now = true;
    await stage.check();
    // The demo's <article> had the page app asked for before detection (article-markers.ts); detection then threw.
    expect(sent.map((m) => m.type).sort()).toEqual(['load-page-app', 'page-failed']);
    const failed = sent.find((m) => m.type === 'page-failed');
    expect(failed).toEqual({ type: 'page-failed', reason: 'the page broke the DOM' });
    expect(MessageSchema.safeParse(failed).success).toBe(true);
    expect(mark).toHaveBeenCalledWith('framelens:reported', { detail: { status: 'failed' } });

    broken.now = false;
    await expect(stage.onMessage({ type: 'retry-analysis' }, POPUP)).resolves.toEqual({ ok: true, value: null });
    // The article page goes on as usual: the text is sent for analysis (the page app was asked for already).
    expect(sent.slice(2).map((m) => m.type)).toEqual(['analyze-text']);
    takePageHandoff();
  });

  it('reports a page app that could not be loaded as page-failed', async () => {
    takePageHandoff();
    document.documentElement.innerHTML = new DOMParser().parseFromString(DEMO, 'text/html').documentElement.innerHTML;
    const { stage, sent } = setup((m) => (m.type === 'load-page-app' ? { ok: false, error: 'Cannot access contents of the page' } : ok({ status: 'waiting' })));
    await stage.check();
    await vi.waitFor(() => expect(sent.map((m) => m.type)).toContain('page-failed'));
    expect(sent.find((m) => m.type === 'page-failed')).toEqual({ type: 'page-failed', reason: 'Cannot access contents of the page' });
    takePageHandoff();
  });
});
