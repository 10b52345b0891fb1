/**
 * The page app: the second stage of the content script. Not in the manifest: the background
 * injects it (scripting.executeScript, utils/ext/page-app-injector.ts) when the first stage
 * (entrypoints/first-stage.ts) found an article or the reader asked "Analyze anyway", or earlier, on a
 * page with article markup, in which case it waits until the first stage is done. It takes the
 * first stage's detection and pending analysis over (page-handoff.ts), paints, and from then on
 * follows the settings, answers the popup and side panel, and handles single-page navigation.
 */
// First: marks when this bundle starts to evaluate (before zod and the rest build their objects).
import '@/utils/page/evaluation-mark';
// Second: zod's settings, before any schema is built (no eval probe; utils/ext/zod-config.ts).
import '@/utils/ext/zod-config';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { readAnalysisReply, requestAnalysis } from '@/utils/ext/analysis-reply';
import { createContentApp } from '@/utils/ext/content-app';
import { handedSettingsArea } from '@/utils/ext/handed-settings';
import { createLogger } from '@/utils/ext/logger';
import { createMessageRouter, sendMessage, type SendFn } from '@/utils/ext/messages';
import { takePageHandoff } from '@/utils/ext/page-handoff';
import { reportFailure } from '@/utils/ext/report-failure';
import { loadSettings, readSettings, watchSettings, type Settings } from '@/utils/ext/settings';
import { watchUserPacks } from '@/utils/ext/watch-user-packs';
import { watchAddressChanges, type AddressWindow } from '@/utils/page/address-changes';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  registration: 'runtime',
  // WXT would also window.postMessage its start-up notice, which names our extension id: every page
  // could tell Framelens is installed (tests/e2e/hostile.spec.ts). Its custom event is enough.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    const handoff = takePageHandoff();
    const startedAt = handoff?.startedAt ?? performance.now();
    // When the page app began to run, on the same clock as the other stage marks (scripts/bench-browser.ts reads it).
    performance.mark('framelens:page-app', { detail: { ms: performance.now() - startedAt } });
    // Injected early on a page with article markup: idle until the first stage has found the article.
    if (handoff !== null) await handoff.ready;
    if (ctx.isInvalid) return;
    const log = createLogger('content');
    const send: SendFn = (message) => browser.runtime.sendMessage(message);
    const pause = (): Promise<void> => new Promise((resolve) => ctx.setTimeout(resolve, 0));
    // Everything from here is caught: a failure is reported (the popup says what failed) and a
    // pending "Analyze anyway" is answered, instead of leaving the first stage waiting for good.
    let tookOver = false;
    try {
      const app = createContentApp({
        doc: document,
        url: () => location.href,
        startedAt,
        perf: performance,
        send,
        log,
        version: browser.runtime.getManifest().version,
        analyze: async (text, article, disabledPacks) => {
          // The first stage sent this text already, while this script was being injected.
          const pending = handoff?.takeAnalysis(text, disabledPacks) ?? null;
          const reply =
            pending !== null
              ? await readAnalysisReply(pending, pause)
              : await requestAnalysis({ type: 'analyze-text', text, article, disabledPacks: [...disabledPacks] }, send, pause);
          if (!reply.ok) throw new Error(reply.error);
          return reply.value;
        },
        takeDetection: (url, force) => handoff?.takeDetection(url, force) ?? null,
        force: handoff?.force,
        highlightsShown: handoff?.highlightsShown,
        copy: async (text) => {
          try {
            await navigator.clipboard.writeText(text);
            return true;
          } catch {
            return false;
          }
        },
        openSidePanel: async (index) => (await sendMessage({ type: 'open-side-panel', findingIndex: index }, send)).ok,
      });
      // Popup and side panel ask this tab for its analysis and to show findings.
      const router = createMessageRouter(app.handlers, { extensionId: browser.runtime.id, log });
      browser.runtime.onMessage.addListener(router);
      handoff?.takeOver(); // the first stage stops answering and watching
      tookOver = true;
      ctx.onInvalidated(() => {
        browser.runtime.onMessage.removeListener(router);
        app.destroy();
      });

      // Subscribe before reading and starting: a reader can mute a term or toggle a category as soon
      // as the highlights are painted, while start() still waits for the background's reply, and a
      // change made then must not be lost. Changes seen before start() are held until it begins.
      let started = false;
      let changedBeforeStart: Settings | null = null;
      ctx.onInvalidated(
        watchSettings((next) => {
          if (started) app.setSettings(next);
          else changedBeforeStart = next;
        }),
      );
      ctx.onInvalidated(watchUserPacks(() => started && void app.reloadPacks()));
      // Single-page sites change article without a page load. Not WXT's 'wxt:locationchange': it fires on the
      // Navigation API's `navigate` event, before the address changes, so `navigate()` would read the old one.
      ctx.onInvalidated(watchAddressChanges(window as AddressWindow, () => {
        if (!ctx.isInvalid) app.navigate();
      }));

      let settings = readSettings(undefined).settings;
      try {
        // The first stage's copy of the stored value, when still current: no second storage read before the paint.
        const handed = handoff?.takeStoredSettings() ?? null;
        settings = await loadSettings(handed === null ? browser.storage.local : handedSettingsArea(handed.value, browser.storage.local));
      } catch (error) {
        log.warn('could not read settings; using defaults', error);
      }
      if (ctx.isInvalid) return;
      const starting = app.start(changedBeforeStart ?? settings);
      started = true; // start() took its settings synchronously: later changes go to setSettings
      await starting;
    } catch (error) {
      await reportFailure({ send, log, performance }, error);
      // Failed before taking over: the first stage answers the popup's "Try again" instead.
      if (!tookOver) handoff?.failed();
    } finally {
      handoff?.started(); // answers an "Analyze anyway" that brought this script in
    }
  },
});
