/** The article tab as Framelens paints it: highlights read from `CSS.highlights` (they are not in the DOM). */
import type { Page } from '@playwright/test';

/** The part of a CDP DOM node we read. */
interface DomNode {
  nodeId: number;
  localName?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

function attr(node: DomNode, name: string): string | undefined {
  const list = node.attributes ?? [];
  const at = list.indexOf(name);
  return at >= 0 && at % 2 === 0 ? list[at + 1] : undefined;
}

function findNode(node: DomNode, test: (n: DomNode) => boolean): DomNode | undefined {
  if (test(node)) return node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
    const found = findNode(child, test);
    if (found) return found;
  }
  return undefined;
}

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
    const point = await this.pointOf(text);
    await this.page.mouse.click(point.x, point.y);
    await this.page.locator('framelens-ui').waitFor({ state: 'attached' });
  }

  /** Scrolls the first highlighted occurrence of `text` into view; returns its centre. */
  async pointOf(text: string): Promise<{ x: number; y: number }> {
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
    return point;
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

  /**
   * Clicks the element with `data-testid=testId` inside the card. The card's shadow root is
   * closed, so the element is found over CDP (`DOM.getDocument` with `pierce`), as assistive
   * technology would, and clicked at its centre like a reader would.
   */
  async clickInCard(testId: string): Promise<void> {
    const cdp = await this.page.context().newCDPSession(this.page);
    try {
      const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
      const host = findNode(root, (n) => n.localName === 'framelens-ui');
      const shadow = host?.shadowRoots?.[0];
      const target = shadow ? findNode(shadow, (n) => attr(n, 'data-testid') === testId) : undefined;
      if (target === undefined) throw new Error(`no [data-testid=${testId}] in the card`);
      // The card scrolls inside itself; bring the button into view as a reader would.
      await cdp.send('DOM.scrollIntoViewIfNeeded', { nodeId: target.nodeId });
      // Content quads are in viewport coordinates, what page.mouse expects.
      const { quads } = (await cdp.send('DOM.getContentQuads', { nodeId: target.nodeId })) as { quads: number[][] };
      const [x1 = 0, y1 = 0, , , x3 = 0, y3 = 0] = quads[0] ?? [];
      await this.page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
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
