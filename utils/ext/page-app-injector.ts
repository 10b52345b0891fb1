/**
 * The background's side of the two-stage content script: the first stage, which runs on every
 * page, asks for the page app (zod, painter, cards) only where it is needed, and this injects
 * it into the frame that asked. The router has already checked that the message comes from
 * this extension; only a content script in a tab can ask.
 */
import type { Handlers } from './messages';
import { offReason, type SiteSwitches } from './site-switch';

/** The page app as built (entrypoints/page-app.content.ts, `registration: 'runtime'`). */
export const PAGE_APP_FILE = '/content-scripts/page-app.js';

/** Where to inject: one frame of one tab. */
export interface InjectTarget {
  tabId: number;
  frameId: number;
}

/**
 * The browser's refusals when the frame that asked is gone by the time of the injection: the tab
 * was closed or the page navigated away (Chromium: "Frame with ID 0 was removed.", "No tab with
 * id: 7."; Firefox: "Invalid tab ID: 7"). Nobody is left to serve or to read the reply.
 */
const FRAME_GONE = /^(Frame with ID \d+ was removed|No tab with id\b|Invalid tab ID\b)/;

/** Whether an injection failed only because the frame that asked is gone. */
export function isFrameGone(error: unknown): boolean {
  return error instanceof Error && FRAME_GONE.test(error.message);
}

/**
 * The `load-page-app` handler; `inject` runs `PAGE_APP_FILE` in the frame (scripting.executeScript).
 * `switches`: the background's copy of the reader's on/off switches (switches-cache.ts). An early
 * ask comes before the first stage has read them (it asks on article markup, so the injection
 * overlaps its storage read), so the background checks them: no page app on a site that is off.
 */
export function createPageAppHandlers(inject: (target: InjectTarget) => Promise<void>, switches: () => Promise<SiteSwitches>): Handlers {
  return {
    'load-page-app': async (message, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined || tabId < 0) throw new Error('only a content script in a tab can load the page app');
      if (message.early && offReason(await switches(), sender.url ?? '') !== null) return false;
      try {
        await inject({ tabId, frameId: sender.frameId ?? 0 });
      } catch (error) {
        // A reader closing a tab or following a link while it loads is no failure to log as one
        // (the e2e crawl counted it as a service-worker console error).
        if (isFrameGone(error)) return false;
        throw error;
      }
      return true;
    },
  };
}
