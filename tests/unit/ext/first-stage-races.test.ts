/**
 * Races in the first-stage content script: several checks in flight at once (a double click on
 * "Analyze anyway", a settings change while one runs). A superseded check must not answer the
 * popup's "Analyze anyway" before the page app has started.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ok } from '@/utils/ext/messages';
import { takePageHandoff } from '@/utils/ext/page-handoff';
import { createTestFirstStage, POPUP, READY } from './first-stage-harness';

/** A first stage whose settings reads wait until the test lets them through, one by one. */
function setup(options: { now?: () => number; url?: () => string } = {}) {
  const reads: ((stored: unknown) => void)[] = [];
  const { stage, sent } = createTestFirstStage({
    url: options.url ?? (() => 'http://127.0.0.1/home/'),
    perf: { now: options.now ?? (() => 3), mark: vi.fn() },
    reply: (message) => (message.type === 'load-page-app' || message.type === 'analyze-text' ? ok(null) : READY),
    readStoredSettings: () => new Promise<unknown>((resolve) => reads.push(resolve)),
  });
  /** Lets the pending settings reads through in order, each in its own task (storage answers one at a time). */
  const settle = async (): Promise<void> => {
    for (const resolve of reads.splice(0)) {
      resolve(undefined); // nothing stored: the defaults
      await new Promise((done) => setTimeout(done, 0));
    }
  };
  return { stage, sent, settle };
}

beforeEach(() => {
  takePageHandoff();
  document.body.innerHTML = '<nav><a href="/a">A</a></nav><p>Short.</p>';
});

describe('first stage: overlapping checks', () => {
  it.each([
    ['a second "Analyze anyway"', (stage: ReturnType<typeof setup>['stage']) => void stage.onMessage({ type: 'analyze-anyway' }, POPUP)],
    ['a settings change', (stage: ReturnType<typeof setup>['stage']) => void stage.check()],
  ])('"Analyze anyway" superseded by %s answers only once the page app has started', async (_name, interrupt) => {
    const { stage, sent, settle } = setup();
    let answered = false;
    const reply = stage.onMessage({ type: 'analyze-anyway' }, POPUP)?.then((r) => {
      answered = true;
      return r;
    });
    interrupt(stage); // while the first check still reads the settings
    await settle();
    await vi.waitFor(() => expect(sent.map((m) => m.type)).toEqual(['load-page-app', 'analyze-text']));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(answered).toBe(false);
    takePageHandoff()?.started();
    expect(await reply).toEqual(ok(null));
  });

  it('"Analyze anyway" superseded by a navigation (no longer forced) answers once that page is reported', async () => {
    const { stage, sent, settle } = setup();
    const reply = stage.onMessage({ type: 'analyze-anyway' }, POPUP);
    stage.navigated();
    await settle();
    expect(await reply).toEqual(ok(null));
    expect(sent.map((m) => m.type)).toEqual(['article-state']);
  });

  it('a navigation while detection gives the page back: only the check of the new address reports', async () => {
    // Enough text to pass the no-article gate (article-gate.ts), so detection runs, in slices; still no article.
    document.body.innerHTML = `<nav><a href="/a">A</a></nav><p>${'Opening hours, directions and parking. '.repeat(12)}</p>`;
    let clock = 0;
    let url = 'http://127.0.0.1/home/';
    // Every look at the clock is 20 ms later: detection gives the page back at each of its pause points.
    const { stage, sent, settle } = setup({ now: () => (clock += 20), url: () => url });
    void stage.check();
    await settle(); // the first check now detects, one slice per task
    url = 'http://127.0.0.1/other/';
    stage.navigated();
    await settle();
    await vi.waitFor(() => expect(sent.length).toBeGreaterThan(0));
    await new Promise((resolve) => setTimeout(resolve, 50)); // a superseded check would report by now
    expect(sent.map((m) => m.type)).toEqual(['article-state']);
    expect(sent[0]).toMatchObject({ article: { url: 'http://127.0.0.1/other/' } });
  });
});
