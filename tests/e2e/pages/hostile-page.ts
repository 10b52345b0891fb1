/**
 * A hostile fixture page seen from outside: the test reads it over CDP, either in a fresh
 * isolated world (builtins the page cannot have poisoned) or in the page's own main world (what
 * the page's scripts can see), and listens to every execution context of the tab, the
 * extension's content-script world included, for uncaught exceptions and Framelens error lines.
 * Playwright's own `page.evaluate` runs in the main world, which hostile-overrides poisons.
 */
import type { CDPSession, Page } from '@playwright/test';

/** An uncaught exception or error/warning line from a tab's execution contexts. */
export interface TabProblem {
  kind: 'exception' | 'console';
  text: string;
  /** Script URL of the top frame, when the browser knows it (chrome-extension://… for ours). */
  url: string;
}

interface ExceptionThrown {
  exceptionDetails: { text: string; url?: string; exception?: { description?: string }; stackTrace?: { callFrames: { url: string }[] } };
}
interface ConsoleCalled {
  type: string;
  args: { value?: unknown; description?: string }[];
  stackTrace?: { callFrames: { url: string }[] };
}

export class HostilePage {
  readonly problems: TabProblem[] = [];
  private cdp: CDPSession | null = null;

  constructor(readonly page: Page) {}

  /** Starts listening to the tab's problems, then opens `url`. */
  async open(url: string): Promise<this> {
    this.cdp = await this.page.context().newCDPSession(this.page);
    this.cdp.on('Runtime.exceptionThrown', (event: ExceptionThrown) => {
      const d = event.exceptionDetails;
      this.problems.push({ kind: 'exception', text: d.exception?.description ?? d.text, url: d.url ?? d.stackTrace?.callFrames[0]?.url ?? '' });
    });
    this.cdp.on('Runtime.consoleAPICalled', (event: ConsoleCalled) => {
      if (event.type !== 'error' && event.type !== 'warning') return;
      const text = event.args.map((a) => String(a.value ?? a.description ?? '')).join(' ');
      this.problems.push({ kind: 'console', text, url: event.stackTrace?.callFrames[0]?.url ?? '' });
    });
    await this.cdp.send('Runtime.enable');
    await this.page.goto(url);
    return this;
  }

  /** Problems that come from Framelens: its script URLs or its `[framelens:…]` log lines. */
  extensionProblems(): TabProblem[] {
    return this.problems.filter((p) => p.url.startsWith('chrome-extension://') || p.text.includes('[framelens'));
  }

  /** Evaluates `expression` in a new isolated world of the top frame (pristine builtins). */
  async isolated<T>(expression: string): Promise<T> {
    const cdp = this.session();
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const { executionContextId } = (await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'framelens-test-probe' })) as { executionContextId: number };
    return this.evaluate<T>(expression, executionContextId);
  }

  /** Evaluates `expression` in the page's main world, as the page's own scripts would. */
  async main<T>(expression: string): Promise<T> {
    return this.evaluate<T>(expression);
  }

  /** Waits until Framelens has painted (read from the performance timeline, which both worlds share). */
  async waitForPainted(timeoutMs = 15_000): Promise<void> {
    await this.waitFor("performance.getEntriesByName('framelens:painted').length > 0", timeoutMs);
  }

  /** Polls `expression` in an isolated world until it is truthy. */
  async waitFor(expression: string, timeoutMs = 15_000): Promise<void> {
    const end = Date.now() + timeoutMs;
    while (Date.now() < end) {
      if (await this.isolated<boolean>(`Boolean(${expression})`)) return;
      await this.page.waitForTimeout(100);
    }
    throw new Error(`timed out waiting for ${expression}`);
  }

  /** How many times each Framelens stage mark was left (one analysis leaves one of each). */
  async marks(): Promise<Record<string, number>> {
    return this.isolated(`(() => { const out = {}; for (const e of performance.getEntriesByType('mark')) if (e.name.startsWith('framelens:')) out[e.name] = (out[e.name] ?? 0) + 1; return out; })()`);
  }

  /** Highlighted texts by category, read from the document's highlight registry. */
  async paintedTexts(): Promise<Record<string, string[]>> {
    return this.isolated(`(() => {
      const out = {};
      CSS.highlights.forEach((highlight, name) => { out[name.replace(/^framelens-/, '')] = [...highlight].map((r) => r.toString().replace(/\\s+/g, ' ')); });
      return out;
    })()`);
  }

  /**
   * Clicks the first highlighted occurrence of `text` like a reader and waits for the card's host
   * (`framelens-ui`, or `framelens-ui-<random>` on a page that defined our tag).
   */
  async clickTerm(text: string): Promise<void> {
    const point = await this.isolated<{ x: number; y: number } | null>(`(() => {
      for (const [, h] of CSS.highlights) for (const r of h) if (r.toString() === ${JSON.stringify(text)}) {
        r.startContainer.parentElement.scrollIntoView({ block: 'center' });
        const b = r.getBoundingClientRect();
        return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
      }
      return null;
    })()`);
    if (point === null) throw new Error(`"${text}" is not highlighted`);
    await this.page.mouse.click(point.x, point.y);
    await this.waitFor(`[...document.documentElement.children].some((el) => el.localName.startsWith('framelens-ui'))`);
  }

  /** The page's own counter (hostile pages tick it every 50 ms). */
  async ticks(): Promise<number> {
    return Number(await this.page.locator('#ticks').textContent());
  }

  /** Whether the page's counter moves on over `ms`. */
  async keepsTicking(ms = 600): Promise<boolean> {
    const before = await this.ticks();
    await this.page.waitForTimeout(ms);
    return (await this.ticks()) > before;
  }

  private session(): CDPSession {
    if (this.cdp === null) throw new Error('open() first');
    return this.cdp;
  }

  private async evaluate<T>(expression: string, contextId?: number): Promise<T> {
    const reply = (await this.session().send('Runtime.evaluate', { expression, contextId, returnByValue: true, awaitPromise: true })) as {
      result: { value?: unknown };
      exceptionDetails?: { text: string; exception?: { description?: string } };
    };
    if (reply.exceptionDetails) throw new Error(`evaluation failed: ${reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text}`);
    return reply.result.value as T;
  }
}
