/**
 * The background's side of the two-stage content script: the first stage, which runs on every
 * page, asks for the page app (zod, painter, cards) only where it is needed, and this injects
 * it into the frame that asked. The router has already checked that the message comes from
 * this extension; only a content script in a tab can ask.
 */
import type { Handlers } from './messages';

/** The page app as built (entrypoints/page-app.content.ts, `registration: 'runtime'`). */
export const PAGE_APP_FILE = '/content-scripts/page-app.js';

/** Where to inject: one frame of one tab. */
export interface InjectTarget {
  tabId: number;
  frameId: number;
}

/** The `load-page-app` handler; `inject` runs `PAGE_APP_FILE` in the frame (scripting.executeScript). */
export function createPageAppHandlers(inject: (target: InjectTarget) => Promise<void>): Handlers {
  return {
    'load-page-app': async (_message, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined || tabId < 0) throw new Error('only a content script in a tab can load the page app');
      await inject({ tabId, frameId: sender.frameId ?? 0 });
      return null;
    },
  };
}
