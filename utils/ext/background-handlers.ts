/**
 * The background's answers to each message, built from small parts so tests can pass fakes:
 * the per-tab memory, the toolbar badge, the broadcast to open popups / side panels, and the
 * side-panel opener.
 */
import type { Browser } from 'wxt/browser';
import type { Logger } from './logger';
import type { Handlers, TabState } from './messages';
import type { PanelTarget } from './side-panel';
import type { TabStates } from './tab-state';

/** What the background handlers act on. */
export interface BackgroundDeps {
  states: TabStates;
  /** Shows a tab's state on the toolbar button. */
  showBadge: (tabId: number, state: TabState) => Promise<void>;
  /** Tells open extension pages that a tab changed. */
  broadcast: (tabId: number, state: TabState) => Promise<void>;
  openPanel: (target: PanelTarget) => Promise<void>;
  /** Remembers which finding the side panel should open for a tab ("More in side panel"). */
  focusFinding?: (tabId: number, index: number) => Promise<void>;
  log: Logger;
}

/** Records `state` for `tabId` on the badge and in open extension pages. */
export async function publish(deps: BackgroundDeps, tabId: number, state: TabState): Promise<void> {
  await deps.showBadge(tabId, state).catch((error: unknown) => deps.log.debug(`badge not set for tab ${tabId}`, error));
  // Nobody listening (no popup or side panel open) is the normal case, not an error.
  await deps.broadcast(tabId, state).catch(() => undefined);
}

/** The background's message handlers. */
export function createBackgroundHandlers(deps: BackgroundDeps): Handlers {
  return {
    'article-state': async (message, sender) => {
      const tabId = senderTab(sender).id;
      const state = await deps.states.reportArticle(tabId, message.article, message.findingCount);
      await publish(deps, tabId, state);
      return state;
    },
    'page-off': async (message, sender) => {
      const tabId = senderTab(sender).id;
      const state = await deps.states.reportOff(tabId, message.reason);
      await publish(deps, tabId, state);
      return state;
    },
    'page-failed': async (message, sender) => {
      const tabId = senderTab(sender).id;
      const state = await deps.states.reportFailed(tabId, message.reason);
      await publish(deps, tabId, state);
      return state;
    },
    'get-tab-state': (message) => deps.states.get(message.tabId),
    'open-side-panel': async (message, sender) => {
      const tab = senderTab(sender);
      // Open first, while the click's user gesture still counts.
      const opened = deps.openPanel({ tabId: tab.id, windowId: tab.windowId });
      if (message.findingIndex !== undefined) await deps.focusFinding?.(tab.id, message.findingIndex);
      await opened;
      return null;
    },
  };
}

/** The tab a content-script message came from; other senders may not send tab messages. */
function senderTab(sender: Browser.runtime.MessageSender): { id: number; windowId: number } {
  const id = sender.tab?.id;
  const windowId = sender.tab?.windowId;
  if (id === undefined || id < 0 || windowId === undefined) throw new Error('this message must come from a tab');
  return { id, windowId };
}
