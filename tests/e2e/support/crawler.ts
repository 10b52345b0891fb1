/**
 * Visits one page with the extension and reports what Framelens did to it: the problems it
 * caused (support/extension-problems.ts), whether the DOM changed while it ran
 * (support/dom-watch.ts), and what the background said about the page when it had finished.
 */
import { chromium, type Browser, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { findChromium } from '../../../scripts/lib/find-chromium.mjs';
import { readDom, recordDom, type DomRecord } from './dom-watch';
import { watchPage, type ExtensionProblem } from './extension-problems';

declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs: { query(info: object): Promise<{ id?: number }[]> };
};

/** How long Framelens may take on one page before the crawl calls it stuck. */
export const SETTLE_TIMEOUT_MS = 20_000;
/** How long to wait for a page's `load` event before going on without it. */
const LOAD_TIMEOUT_MS = 5_000;
/** After Framelens has finished, how long to keep listening for late errors and changes. */
const GRACE_MS = 250;

/** What happened on one page. */
export interface Visit {
  id: string;
  /** ready (with detected article or not), off, or `stuck` when the background never heard back. */
  state: string;
  findings: number | null;
  problems: ExtensionProblem[];
  pageErrors: number;
  blocked: number;
  /** null when the page navigated itself elsewhere before the end. */
  dom: DomRecord | null;
  /** Where the page sent itself, if it did. */
  navigatedTo: string | null;
  ms: number;
}

/** How to visit. */
export interface VisitOptions {
  /** false: the page's own scripts are switched off (the content script still runs). */
  pageScripts?: boolean;
  /**
   * For the crawl's self-test only: runs after Framelens has finished, with a function that
   * evaluates code in the content script's isolated world, to show the checks catch a change made there.
   */
  meddle?: (inExtensionWorld: (expression: string) => Promise<void>) => Promise<void>;
}

/** The background's state for a tab, as the popup asks for it. */
interface TabState {
  status: string;
  article?: { detected: boolean };
  findingCount?: number;
}

/** Only the local page server may be reached; everything else the pages ask for is refused. */
export async function blockNetwork(context: BrowserContext, origin: string, onBlocked: (url: string) => void): Promise<void> {
  await context.route(
    (url) => /^(https?|wss?):$/.test(url.protocol) && url.origin !== origin,
    (route) => {
      onBlocked(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
}

/** The crawl's browser with the extension: network blocked, DOM recorder installed, a page to ask the background. */
export class Crawler {
  private blocked = 0;
  private constructor(
    private readonly context: BrowserContext,
    private readonly sw: Worker,
    private readonly extensionId: string,
    private readonly probe: Page,
  ) {}

  static async start(context: BrowserContext, sw: Worker, extensionId: string, origin: string): Promise<Crawler> {
    await recordDom(context);
    const probe = await context.newPage();
    await probe.goto(`chrome-extension://${extensionId}/options.html`);
    const crawler = new Crawler(context, sw, extensionId, probe);
    await blockNetwork(context, origin, () => crawler.blocked++);
    return crawler;
  }

  private async tabIds(): Promise<number[]> {
    const worker = this.context.serviceWorkers()[0] ?? this.sw;
    return worker.evaluate(async () => (await chrome.tabs.query({})).flatMap((tab) => (tab.id === undefined ? [] : [tab.id])));
  }

  private async tabState(tabId: number): Promise<TabState | null> {
    const reply = (await this.probe.evaluate((id) => chrome.runtime.sendMessage({ type: 'get-tab-state', tabId: id }), tabId)) as {
      ok: boolean;
      value?: TabState;
    };
    return reply.ok && reply.value ? reply.value : null;
  }

  /**
   * Visits `url` until Framelens has finished with it. `pageScripts: false` switches the page's
   * own scripts off (CDP, for this tab only; the content script still runs), so the DOM can
   * change only if Framelens changes it.
   */
  async visit(id: string, url: string, { pageScripts = true, meddle }: VisitOptions = {}): Promise<Visit> {
    const started = Date.now();
    const blockedBefore = this.blocked;
    // The tab's id: the one tab that is new. (Its URL cannot tell: it starts blank like the
    // context's first tab, and once loaded a page may change its own address with pushState.)
    const tabsBefore = await this.tabIds();
    const page = await this.context.newPage();
    const tabId = (await this.tabIds()).find((id) => !tabsBefore.includes(id));
    if (tabId === undefined) throw new Error('the new tab has no id');
    const watch = await watchPage(page, this.extensionId);
    if (!pageScripts) await watch.cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
    // A page may send itself elsewhere (script redirects); then there is nothing left to compare.
    const navigations: string[] = [];
    page.on('request', (request) => {
      if (request.isNavigationRequest() && request.frame() === page.mainFrame()) navigations.push(request.url());
    });
    try {
      // Some pages never fire `load`, with or without Framelens (one AEB page keeps requesting
      // images); content scripts at document_idle do not wait for it either.
      await page.goto(url, { waitUntil: 'domcontentloaded', timeout: SETTLE_TIMEOUT_MS });
      await page.waitForLoadState('load', { timeout: LOAD_TIMEOUT_MS }).catch(() => undefined);
      // Finished = the background has the page's report; on an article, the highlights are painted too.
      let state: TabState | null = null;
      const deadline = Date.now() + SETTLE_TIMEOUT_MS;
      while (Date.now() < deadline && navigations.length <= 1) {
        state = await this.tabState(tabId);
        if (state !== null && state.status !== 'waiting') break;
        await page.waitForTimeout(50);
      }
      const settled = state !== null && state.status !== 'waiting';
      if (settled && state?.status === 'ready' && state.article?.detected) {
        await page
          .waitForFunction(() => performance.getEntriesByName('framelens:painted').length > 0, null, { timeout: Math.max(1, deadline - Date.now()) })
          .catch(() => undefined);
      }
      if (meddle) {
        const [world] = watch.extensionContexts();
        if (world === undefined) throw new Error('the content script never ran');
        await meddle((expression) => watch.cdp.send('Runtime.evaluate', { expression, contextId: world }).then(() => undefined));
      }
      await page.waitForTimeout(GRACE_MS);
      // The first navigation is ours; any later one is the page's (a reload counts too).
      let away = navigations[1];
      const painted = away === undefined && (await page.evaluate(() => performance.getEntriesByName('framelens:painted').length > 0).catch(() => false));
      const dom = away === undefined ? await readDom(page).catch(() => null) : null;
      away ??= navigations[1];
      const label = away !== undefined
        ? `navigated-away`
        : !settled
        ? 'stuck'
        : state?.status === 'ready'
          ? state.article?.detected
            ? painted
              ? 'article'
              : 'article-unpainted'
            : 'no-article'
          : (state?.status ?? 'unknown');
      return {
        id,
        state: label,
        findings: state?.findingCount ?? null,
        problems: [...watch.problems],
        pageErrors: watch.pageErrors.length,
        blocked: this.blocked - blockedBefore,
        dom,
        navigatedTo: away ?? null,
        ms: Date.now() - started,
      };
    } finally {
      await watch.stop();
      await page.close();
    }
  }

  async close(): Promise<void> {
    await this.probe.close();
  }
}

/**
 * A browser without the extension and with the pages' own scripts off, same network rules: the
 * DOM a page has when nothing but the parser touched it. Opened only when needed.
 */
export class Baseline {
  private browser: Browser | null = null;
  private context: BrowserContext | null = null;

  constructor(private readonly origin: string) {}

  /** The page's markup once loaded, with no scripts and no extension. */
  async markup(url: string): Promise<string> {
    if (this.context === null) {
      const executablePath = findChromium() ?? undefined;
      this.browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox'] });
      this.context = await this.browser.newContext({ javaScriptEnabled: false });
      await blockNetwork(this.context, this.origin, () => undefined);
    }
    const page = await this.context.newPage();
    try {
      // Scripts off: the DOM is the parser's alone and complete at DOMContentLoaded.
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      return await page.evaluate(() => document.documentElement.outerHTML);
    } finally {
      await page.close();
    }
  }

  async close(): Promise<void> {
    await this.browser?.close();
  }
}
