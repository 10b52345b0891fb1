/** The article tab as Framelens paints it: highlights read from `CSS.highlights` (they are not in the DOM). */
import type { Page } from '@playwright/test';

/** The part of a CDP accessibility node we read. */
interface AXNode {
  nodeId: string;
  role?: { value?: unknown };
  name?: { value?: unknown };
  childIds?: string[];
}

export class HighlightedPage {
  constructor(readonly page: Page) {}

  /** Opens `url` and waits until Framelens has painted. */
  async open(url: string): Promise<this> {
    await this.page.goto(url);
    await this.page.waitForFunction(() => performance.getEntriesByName('framelens:painted').length > 0);
    return this;
  }

  /** The `framelens:painted` mark's detail. */
  async paintedMark(): Promise<{ findings: number; ms: number }> {
    return this.page.evaluate(() => (performance.getEntriesByName('framelens:painted')[0] as PerformanceMark).detail as { findings: number; ms: number });
  }

  /** Highlighted texts by category. */
  async paintedTexts(): Promise<Record<string, string[]>> {
    return this.page.evaluate(() => {
      const out: Record<string, string[]> = {};
      CSS.highlights.forEach((highlight, name) => {
        const category = name.replace(/^framelens-/, '');
        out[category] = [...highlight].map((r) => r.toString().replace(/\s+/g, ' '));
      });
      return out;
    });
  }

  /** Texts of highlights whose range sits inside an element matching `selector`. */
  async rangesOutside(selector: string): Promise<string[]> {
    return this.page.evaluate((sel) => {
      const bad: string[] = [];
      CSS.highlights.forEach((highlight) => {
        for (const r of highlight) {
          const el = r.startContainer.parentElement;
          if (el?.closest(sel)) bad.push(r.toString());
        }
      });
      return bad;
    }, selector);
  }

  /** How many highlight entries are registered. */
  async highlightCount(): Promise<number> {
    return this.page.evaluate(() => CSS.highlights.size);
  }

  /** The page's markup, optionally without the card host. */
  async html(options: { withoutCard?: boolean } = {}): Promise<string> {
    return this.page.evaluate((without) => {
      const clone = document.documentElement.cloneNode(true) as HTMLElement;
      if (without) clone.querySelectorAll('framelens-ui').forEach((el) => el.remove());
      return clone.outerHTML;
    }, options.withoutCard ?? false);
  }

  /** The markup of `url` as this browser parses it without running Framelens on it. */
  async servedHtml(url: string): Promise<string> {
    return this.page.evaluate(async (u) => {
      const text = await (await fetch(u)).text();
      return new DOMParser().parseFromString(text, 'text/html').documentElement.outerHTML;
    }, url);
  }

  async pressToggle(): Promise<void> {
    await this.page.keyboard.press('Alt+Shift+H');
  }

  /** Clicks the middle of the first highlighted occurrence of `text`. */
  async clickTerm(text: string): Promise<void> {
    const point = await this.page.evaluate((wanted) => {
      for (const [, highlight] of CSS.highlights) {
        for (const r of highlight) {
          if (!(r instanceof Range) || r.toString() !== wanted) continue;
          r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
          const b = r.getBoundingClientRect();
          return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
        }
      }
      return null;
    }, text);
    if (point === null) throw new Error(`"${text}" is not highlighted`);
    await this.page.mouse.click(point.x, point.y);
    await this.page.locator('framelens-ui').waitFor({ state: 'attached' });
  }

  /**
   * The open card's text as a screen reader gets it: the browser's accessibility tree (over
   * CDP), which reaches into the card's closed shadow root where page scripts and locators cannot.
   */
  async cardText(): Promise<string> {
    const cdp = await this.page.context().newCDPSession(this.page);
    try {
      const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
      const byId = new Map(nodes.map((n) => [n.nodeId, n]));
      const dialog = nodes.find((n) => n.role?.value === 'dialog');
      if (dialog === undefined) return '';
      const parts: string[] = [String(dialog.name?.value ?? '')];
      const walk = (node: AXNode): void => {
        if (node.role?.value === 'StaticText') parts.push(String(node.name?.value ?? ''));
        for (const id of node.childIds ?? []) {
          const child = byId.get(id);
          if (child) walk(child);
        }
      };
      walk(dialog);
      return parts.join(' ').replace(/\s+/g, ' ');
    } finally {
      await cdp.detach();
    }
  }

  /** The text under the keyboard focus ring. */
  async focusedText(): Promise<string | null> {
    return this.page.evaluate(() => {
      const focus = CSS.highlights.get('framelens-focus');
      const [range] = focus ? [...focus] : [];
      return range ? range.toString() : null;
    });
  }
}
