/**
 * What the extension itself gets wrong on a page, told apart from what the page gets wrong.
 *
 * Playwright's `pageerror` and `console` events see only the page's main world; the content
 * script runs in an isolated world. So each tab gets its own CDP session: every execution
 * context it creates is tagged by origin (the content script's world has the extension's
 * `chrome-extension://<id>` origin), and an uncaught exception or a console error counts as the
 * extension's when it comes from such a context or when any frame of its stack, or the entry's
 * URL, is one of the extension's files. Everything else is the page's own (kept, for the report:
 * pages whose remote scripts are blocked complain a lot).
 */
import type { CDPSession, Page, Worker } from '@playwright/test';

/** One problem the extension caused. */
export interface ExtensionProblem {
  kind: 'exception' | 'console-error' | 'log-error';
  text: string;
}

/** What one tab's CDP session saw. */
export interface PageWatch {
  /** Problems caused by the extension. */
  readonly problems: ExtensionProblem[];
  /** Uncaught exceptions and console errors of the page's own scripts (informational). */
  readonly pageErrors: string[];
  /** Ids of the execution contexts the extension created in this tab (the content script's world). */
  readonly extensionContexts: () => number[];
  /** The tab's CDP session, for other commands before navigating. */
  readonly cdp: CDPSession;
  stop(): Promise<void>;
}

/** The parts of CDP's Runtime events we read. */
interface StackTrace {
  callFrames: { url: string; functionName?: string; lineNumber?: number }[];
  parent?: StackTrace;
}
interface ExceptionDetails {
  text: string;
  url?: string;
  executionContextId?: number;
  stackTrace?: StackTrace;
  exception?: { description?: string; value?: unknown };
}
interface ConsoleCall {
  type: string;
  executionContextId: number;
  args: { value?: unknown; description?: string }[];
  stackTrace?: StackTrace;
}
interface LogEntry {
  level: string;
  source: string;
  text: string;
  url?: string;
  stackTrace?: StackTrace;
}

function stackUrls(stack: StackTrace | undefined): string[] {
  const urls: string[] = [];
  for (let s = stack; s; s = s.parent) for (const f of s.callFrames) urls.push(f.url);
  return urls;
}

/** Starts watching `page`; call before navigating so the content script's world is seen being created. */
export async function watchPage(page: Page, extensionId: string): Promise<PageWatch> {
  const ours = `chrome-extension://${extensionId}`;
  const isOurs = (url: string | undefined): boolean => url !== undefined && url.startsWith(ours);
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const extensionContexts = new Set<number>();
  const problems: ExtensionProblem[] = [];
  const pageErrors: string[] = [];

  cdp.on('Runtime.executionContextCreated', (event: { context: { id: number; origin: string; name: string } }) => {
    if (isOurs(event.context.origin)) extensionContexts.add(event.context.id);
  });
  cdp.on('Runtime.exceptionThrown', (event: { exceptionDetails: ExceptionDetails }) => {
    const d = event.exceptionDetails;
    const text = `${d.exception?.description ?? d.text} ${stackUrls(d.stackTrace).slice(0, 3).join(' ')}`.trim();
    const fromUs =
      (d.executionContextId !== undefined && extensionContexts.has(d.executionContextId)) || isOurs(d.url) || stackUrls(d.stackTrace).some(isOurs);
    if (fromUs) problems.push({ kind: 'exception', text });
    else pageErrors.push(text);
  });
  cdp.on('Runtime.consoleAPICalled', (event: ConsoleCall) => {
    if (event.type !== 'error' && event.type !== 'assert') return;
    const text = event.args.map((a) => (typeof a.value === 'string' ? a.value : (a.description ?? String(a.value)))).join(' ');
    const fromUs = extensionContexts.has(event.executionContextId) || stackUrls(event.stackTrace).some(isOurs) || text.startsWith('[framelens:');
    if (fromUs) problems.push({ kind: 'console-error', text });
    else pageErrors.push(text);
  });
  cdp.on('Log.entryAdded', (event: { entry: LogEntry }) => {
    const e = event.entry;
    if (e.level !== 'error') return;
    // Browser-side messages (failed loads, CSP, deprecations): ours when they name our files.
    const fromUs = isOurs(e.url) || e.text.includes(ours) || stackUrls(e.stackTrace).some(isOurs);
    if (fromUs) problems.push({ kind: 'log-error', text: `${e.source}: ${e.text}` });
    else pageErrors.push(`${e.source}: ${e.text}`);
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Log.enable');
  return {
    problems,
    pageErrors,
    extensionContexts: () => [...extensionContexts],
    cdp,
    stop: async () => {
      await cdp.detach().catch(() => undefined);
    },
  };
}

/**
 * Watches the extension's service worker: its console errors (Playwright reports a service
 * worker's console on the context) and, from the moment this is called, its uncaught errors and
 * unhandled rejections (listeners added inside the worker; a worker error is not a page event).
 */
export async function watchServiceWorker(sw: Worker): Promise<{ problems: () => Promise<ExtensionProblem[]> }> {
  const consoleProblems: ExtensionProblem[] = [];
  sw.on('console', (message) => {
    if (message.type() === 'error') consoleProblems.push({ kind: 'console-error', text: `service worker: ${message.text()}` });
  });
  await sw.evaluate(() => {
    const box = globalThis as unknown as { __crawlErrors?: string[] };
    if (box.__crawlErrors) return;
    const errors: string[] = [];
    box.__crawlErrors = errors;
    self.addEventListener('error', (event) => errors.push(`uncaught: ${String((event as ErrorEvent).message)}`));
    self.addEventListener('unhandledrejection', (event) => errors.push(`unhandled rejection: ${String((event as PromiseRejectionEvent).reason)}`));
  });
  return {
    problems: async () => {
      const thrown = await sw.evaluate(() => [...((globalThis as unknown as { __crawlErrors?: string[] }).__crawlErrors ?? [])]);
      return [...consoleProblems, ...thrown.map((text): ExtensionProblem => ({ kind: 'exception', text: `service worker: ${text}` }))];
    },
  };
}
