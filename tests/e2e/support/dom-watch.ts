/**
 * The page's DOM before and after Framelens looked at it, recorded from the page's own (main)
 * world: a snapshot of `document.documentElement.outerHTML` at DOMContentLoaded (before any
 * content script can run: they start at document_idle, after it) and a MutationObserver that
 * lists every change from then on. After Framelens has finished, a second snapshot is taken.
 * The highlights live in `CSS.highlights`, not the DOM, so with the extension the snapshots must
 * be byte-identical unless the page changes itself (crawl.spec.ts then checks it again with the
 * page's scripts off).
 */
import type { BrowserContext, Page } from '@playwright/test';

/** Where the recorder keeps its state on the page's window (main world only). */
const KEY = '__framelensCrawlDom';

/** What the recorder saw on one page. */
export interface DomRecord {
  /** outerHTML at DOMContentLoaded, or null when the page never got there. */
  before: string | null;
  /** outerHTML now. */
  after: string;
  /** One line per mutation since DOMContentLoaded: type, target path, attribute or added/removed nodes. */
  mutations: string[];
}

/** Installs the recorder in every page of `context` (top frames only). */
export async function recordDom(context: BrowserContext): Promise<void> {
  await context.addInitScript((key: string) => {
    if (window !== window.top) return;
    const state: { before: string | null; mutations: string[] } = { before: null, mutations: [] };
    Object.defineProperty(window, key, { value: state });
    const path = (node: Node | null): string => {
      const parts: string[] = [];
      for (let n = node; n && n.nodeType !== Node.DOCUMENT_NODE; n = n.parentNode) {
        const parent: Node | null = n.parentNode;
        const index = parent ? Array.prototype.indexOf.call(parent.childNodes, n) : 0;
        parts.push(`${n.nodeName.toLowerCase()}[${index}]`);
      }
      return parts.reverse().join('/');
    };
    const names = (list: NodeList): string => Array.from(list, (n) => n.nodeName.toLowerCase()).join(',');
    document.addEventListener(
      'DOMContentLoaded',
      () => {
        state.before = document.documentElement.outerHTML;
        new MutationObserver((records) => {
          for (const r of records) {
            if (state.mutations.length >= 200) return;
            const what = r.type === 'attributes' ? `@${r.attributeName}` : r.type === 'childList' ? `+[${names(r.addedNodes)}] -[${names(r.removedNodes)}]` : '';
            state.mutations.push(`${r.type} ${path(r.target)} ${what}`.trim());
          }
        }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
      },
      { once: true, capture: true },
    );
  }, KEY);
}

/** Reads the recorder's state and takes the second snapshot. */
export async function readDom(page: Page): Promise<DomRecord> {
  return page.evaluate((key) => {
    const state = (window as unknown as Record<string, { before: string | null; mutations: string[] } | undefined>)[key];
    return {
      before: state?.before ?? null,
      after: document.documentElement.outerHTML,
      mutations: [...(state?.mutations ?? [])],
    };
  }, KEY);
}

/** A short description of where two snapshots first differ. */
export function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const clip = (s: string): string => JSON.stringify(s.slice(Math.max(0, i - 40), i + 80));
  return `at char ${i} of ${a.length}/${b.length}: before ${clip(a)} vs after ${clip(b)}`;
}
