/**
 * Every request a browser context makes, from its pages (the article tab, where the content
 * script's requests show up as the tab's own; the extension's pages) and from the extension's
 * service worker (Playwright follows a service worker's network over CDP). WebSockets too.
 */
import type { BrowserContext, Page, Request } from '@playwright/test';

/** One request, with who made it. */
export interface LoggedRequest {
  url: string;
  method: string;
  type: string;
  /** `service worker`, or the URL of the page the request belongs to at the time. */
  from: string;
}

function origin(request: Request): string {
  if (request.serviceWorker()) return 'service worker';
  try {
    return request.frame().page().url() || 'about:blank';
  } catch {
    return 'unknown';
  }
}

/** Starts logging; the returned array fills as requests are made. */
export function logRequests(context: BrowserContext): LoggedRequest[] {
  const log: LoggedRequest[] = [];
  context.on('request', (request) => log.push({ url: request.url(), method: request.method(), type: request.resourceType(), from: origin(request) }));
  const watchSockets = (page: Page): void => {
    page.on('websocket', (socket) => log.push({ url: socket.url(), method: 'WEBSOCKET', type: 'websocket', from: page.url() }));
  };
  context.pages().forEach(watchSockets);
  context.on('page', watchSockets);
  return log;
}
