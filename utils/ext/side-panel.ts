/**
 * Opens the side panel: Chrome's `sidePanel` API or Firefox's `sidebarAction`, whichever this
 * browser has. Both browsers only allow it while handling a user action, so call this first
 * thing in a click handler (Firefox refuses it after an `await`).
 */
import { browser } from 'wxt/browser';

/** Where the panel opens. */
export interface PanelTarget {
  tabId: number;
  windowId: number;
}

/** Opens the side panel for `target`; rejects when the browser has neither API or refuses. */
export function openSidePanel(target: PanelTarget, api: object = browser): Promise<void> {
  if ('sidePanel' in api && hasMethod(api.sidePanel, 'open')) {
    return Promise.resolve(api.sidePanel.open({ tabId: target.tabId, windowId: target.windowId })).then(() => undefined);
  }
  if ('sidebarAction' in api && hasMethod(api.sidebarAction, 'open')) {
    return Promise.resolve(api.sidebarAction.open()).then(() => undefined);
  }
  return Promise.reject(new Error('this browser has no side panel API'));
}

function hasMethod<K extends string>(value: unknown, key: K): value is Record<K, (...args: unknown[]) => unknown> {
  return typeof value === 'object' && value !== null && key in value && typeof Reflect.get(value, key) === 'function';
}
