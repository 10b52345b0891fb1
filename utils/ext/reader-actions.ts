/**
 * Background wiring for what the reader starts outside a page's own UI: the welcome page on
 * install, the "Explain with Framelens" context menu on a selection, and keyboard commands.
 */
import { browser, type Browser } from 'wxt/browser';
import { z } from 'zod';
import type { Logger } from './logger';
import { sendMessage, type Message } from './messages';
import { openSidePanel } from './side-panel';

/** The context-menu item's id. */
export const EXPLAIN_MENU_ID = 'framelens-explain';
/** Where the selection to explain waits for the side panel (`storage.session`: gone when the browser closes). */
export const EXPLAIN_KEY = 'explain-selection';
/** Longest selection we take (a long article is ~60,000 characters). */
export const MAX_SELECTION_CHARS = 100_000;

/** A selection waiting to be explained in the side panel. */
export const ExplainRequestSchema = z.object({ text: z.string().min(1).max(MAX_SELECTION_CHARS), pageUrl: z.string().nullable(), at: z.number() });
export type ExplainRequest = z.infer<typeof ExplainRequestSchema>;

const COMMANDS = ['toggle-highlights', 'next-finding', 'previous-finding'] as const;
type PageCommand = (typeof COMMANDS)[number];
const isPageCommand = (c: string): c is PageCommand => (COMMANDS as readonly string[]).includes(c);

/** Registers the install page, context menu and commands. */
export function registerReaderActions(log: Logger): void {
  browser.runtime.onInstalled.addListener((details) => {
    browser.contextMenus.create({ id: EXPLAIN_MENU_ID, title: browser.i18n.getMessage('menuExplain'), contexts: ['selection'] });
    if (details.reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== EXPLAIN_MENU_ID || !info.selectionText) return;
    // Open first: both browsers allow it only while handling the click.
    if (tab?.id !== undefined) {
      openSidePanel({ tabId: tab.id, windowId: tab.windowId }).catch((e: unknown) => log.warn('could not open the side panel', e));
    }
    const request: ExplainRequest = { text: info.selectionText.slice(0, MAX_SELECTION_CHARS), pageUrl: tab?.url ?? null, at: Date.now() };
    void browser.storage.session.set({ [EXPLAIN_KEY]: request });
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (!isPageCommand(command) || tab?.id === undefined) return;
    const message: Message = { type: 'page-command', command };
    const tabId = tab.id;
    void sendMessage(message, (m) => browser.tabs.sendMessage(tabId, m)).then((result) => {
      if (!result.ok) log.debug(`command ${command} not delivered: ${result.error}`);
    });
  });
}

/** Reads a pending explain request (or null) from `storage.session`. */
export async function readExplainRequest(area: Pick<Browser.storage.StorageArea, 'get'> = browser.storage.session): Promise<ExplainRequest | null> {
  const parsed = ExplainRequestSchema.safeParse((await area.get(EXPLAIN_KEY))[EXPLAIN_KEY]);
  return parsed.success ? parsed.data : null;
}

/** Where "More in side panel" leaves the finding to open (`storage.session`). */
export const PANEL_FOCUS_KEY = 'panel-focus';
export const PanelFocusSchema = z.object({ tabId: z.number().int(), index: z.number().int().nonnegative(), at: z.number() });
export type PanelFocus = z.infer<typeof PanelFocusSchema>;

/** Remembers the finding the side panel should open for `tabId`. */
export async function rememberPanelFocus(tabId: number, index: number, area: Pick<Browser.storage.StorageArea, 'set'> = browser.storage.session): Promise<void> {
  const focus: PanelFocus = { tabId, index, at: Date.now() };
  await area.set({ [PANEL_FOCUS_KEY]: focus });
}

/** The finding to open in the side panel, if any. */
export async function readPanelFocus(area: Pick<Browser.storage.StorageArea, 'get'> = browser.storage.session): Promise<PanelFocus | null> {
  const parsed = PanelFocusSchema.safeParse((await area.get(PANEL_FOCUS_KEY))[PANEL_FOCUS_KEY]);
  return parsed.success ? parsed.data : null;
}
