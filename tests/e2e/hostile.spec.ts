/**
 * Hostile pages: fixture articles (our own fictional text) whose scripts attack Framelens from the
 * page's main world. Each test checks the same four things: Framelens still paints (or declines
 * cleanly) with no uncaught error of its own, the page's own script keeps running, the page learns
 * nothing of Framelens' notes, settings or messages, and the page cannot make Framelens act.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Worker } from '@playwright/test';
import { EXTENSION_DIR, expect, test } from './fixtures';
import { HostilePage } from './pages/hostile-page';
import { PopupPage } from './pages/popup';
import { Toolbar } from './pages/toolbar';

declare const chrome: { storage: { local: { get(key: string | null): Promise<Record<string, unknown>> } } };

/** The hostile messages page's own record of what it saw and tried. */
interface SpyReport {
  found: string[];
  globals: string[];
  openRoots: number;
  internalsRoots: number;
  hostsSeen: number;
  received: string[];
}

async function storedSettings(sw: Worker): Promise<unknown> {
  return sw.evaluate(async () => (await chrome.storage.local.get(null)).settings ?? null);
}

async function popupFor(context: BrowserContext, sw: Worker, extensionId: string, url: string): Promise<PopupPage> {
  const tabId = await new Toolbar(sw).tabIdOf(url);
  return new PopupPage(await context.newPage(), extensionId).open(tabId);
}

/** Texts of the open card, read over CDP through its closed shadow root (as assistive technology does). */
async function cardTexts(page: HostilePage): Promise<string[]> {
  const cdp = await page.page.context().newCDPSession(page.page);
  try {
    type Node = { nodeType: number; nodeValue?: string; localName?: string; children?: Node[]; shadowRoots?: Node[] };
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: Node };
    const texts: string[] = [];
    const walk = (node: Node, inCard: boolean): void => {
      if (inCard && node.nodeType === 3 && node.nodeValue) texts.push(node.nodeValue.trim());
      for (const child of node.shadowRoots ?? []) walk(child, inCard || (node.localName ?? '').startsWith('framelens-ui'));
      for (const child of node.children ?? []) walk(child, inCard);
    };
    walk(root, false);
    return texts.filter((t) => t.length > 0);
  } finally {
    await cdp.detach();
  }
}

test.describe('a hostile page', () => {
  test('posting look-alike messages and events cannot make Framelens act, and spying finds nothing of it', async ({ context, page, pages, sw, extensionId }) => {
    const settingsBefore = await storedSettings(sw);
    // The page is told the extension id, as a page could learn a published extension's id.
    const url = `${pages.url('hostile')}?attack=messages&ext=${extensionId}`;
    const hostile = await new HostilePage(page).open(url);
    await hostile.waitForPainted();
    // Give the page's message storm (every 100 ms) time to work on a painted page.
    await page.waitForTimeout(1500);

    // Still painted, painted once: no forged toggle, re-analysis, address change or mute took.
    const painted = await hostile.paintedTexts();
    expect(painted.term).toContain('liberated');
    expect(painted.place).toContain('Stepanakert');
    expect(await hostile.marks()).toMatchObject({ 'framelens:detected': 1, 'framelens:analyzed': 1, 'framelens:painted': 1 });
    expect(await hostile.keepsTicking()).toBe(true);
    // Its faked shortcuts, clicks and hovers opened no card.
    await expect(page.locator('framelens-ui')).toHaveCount(0);
    expect(await hostile.isolated<number>("[...document.documentElement.children].filter((el) => el.localName.startsWith('framelens-ui')).length")).toBe(0);

    // A web page has no channel to the extension (no externally_connectable in the manifest).
    expect(await hostile.main<string[]>('window.__hostileRuntime')).toEqual(['no chrome.runtime.sendMessage']);
    const manifest = JSON.parse(fs.readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest).not.toHaveProperty('externally_connectable');

    // The popup and storage tell the truth: the page's forged reports did not reach the background.
    const popup = await popupFor(context, sw, extensionId, url);
    await expect(popup.status).toHaveAttribute('data-status', 'article');
    await expect(popup.title).toHaveText('Night of shelling tests a fragile Karabakh truce');
    await expect(popup.site).toHaveText('The Ledger Test Desk');
    await expect(popup.count).not.toHaveText('999 highlights');
    expect(await storedSettings(sw)).toEqual(settingsBefore);
    await popup.page.close();

    // Open a card, then let the page search everything it can reach for the card's words.
    await page.bringToFront();
    await hostile.clickTerm('liberated');
    const needles = (await cardTexts(hostile)).filter((t) => t.length >= 12);
    expect(needles.length).toBeGreaterThan(2);
    const spy = await hostile.main<SpyReport>(`window.__hostile.search(${JSON.stringify(needles)})`);
    // Nothing found. The page defined `framelens-ui` as a custom element, so the card's host took a random
    // name the page had not defined, and ElementInternals gave the page no root. No message event
    // reached the page (none names our extension id).
    expect(spy).toEqual({ found: [], globals: [], openRoots: 0, internalsRoots: 0, hostsSeen: spy.hostsSeen, received: [] });
    const hosts = await hostile.isolated<string[]>("[...document.documentElement.children].map((el) => el.localName).filter((n) => n.startsWith('framelens-ui'))");
    expect(hosts).toEqual([expect.stringMatching(/^framelens-ui-[0-9a-f]{16}$/)]);
    expect(hostile.extensionProblems()).toEqual([]);
  });

  test('poisoned builtins in the main world (Array, JSON, Range, Node, CSS.highlights, Promise…) do not reach Framelens', async ({ context, page, pages, sw, extensionId }) => {
    const url = `${pages.url('hostile')}?attack=overrides`;
    const hostile = await new HostilePage(page).open(url);
    await hostile.waitForPainted();
    const painted = await hostile.paintedTexts();
    expect(painted.term).toContain('liberated');
    expect(painted.actor?.some((t) => t.includes('Defence Ministry'))).toBe(true);
    expect(await hostile.keepsTicking()).toBe(true);
    // A click on a highlight still opens its card (hit-testing and the card's shadow root work).
    await hostile.clickTerm('liberated');
    await expect(page.locator('framelens-ui')).toHaveCount(1);
    const popup = await popupFor(context, sw, extensionId, url);
    await expect(popup.status).toHaveAttribute('data-status', 'article');
    expect(hostile.extensionProblems()).toEqual([]);
  });

  test('a flood of mutations inside and outside the article neither stalls the page nor breaks Framelens', async ({ context, page, pages, sw, extensionId }) => {
    const url = `${pages.url('hostile')}?attack=flood`;
    const hostile = await new HostilePage(page).open(url);
    await hostile.waitForPainted();
    const painted = await hostile.paintedTexts();
    expect(painted.term).toContain('liberated');
    const floodBefore = await hostile.main<number>('window.__flood.added');
    expect(await hostile.keepsTicking(1000)).toBe(true);
    expect(await hostile.main<number>('window.__flood.added')).toBeGreaterThan(floodBefore + 50);
    const popup = await popupFor(context, sw, extensionId, url);
    await expect(popup.status).toHaveAttribute('data-status', 'article');
    expect(hostile.extensionProblems()).toEqual([]);
  });

  test('10,000 nested elements beside the article: Framelens paints, the page keeps working', async ({ context, page, pages, sw, extensionId }) => {
    const url = `${pages.url('hostile')}?attack=deep&where=beside`;
    const hostile = await new HostilePage(page).open(url);
    expect(await hostile.main<number>('window.__depth()')).toBe(10_000);
    await hostile.waitForPainted();
    expect((await hostile.paintedTexts()).term).toContain('liberated');
    expect(await hostile.keepsTicking()).toBe(true);
    const popup = await popupFor(context, sw, extensionId, url);
    await expect(popup.status).toHaveAttribute('data-status', 'article');
    expect(hostile.extensionProblems()).toEqual([]);
  });

  test('an article below 10,000 nested elements (deeper than any parser nests) is declined cleanly', async ({ context, page, pages, sw, extensionId }) => {
    const url = `${pages.url('hostile')}?attack=deep&where=inside`;
    const hostile = await new HostilePage(page).open(url);
    expect(await hostile.main<number>('window.__depth()')).toBe(10_000);
    await hostile.waitFor("performance.getEntriesByName('framelens:reported').length > 0");
    expect(await hostile.marks()).not.toHaveProperty('framelens:painted');
    expect(await hostile.keepsTicking()).toBe(true);
    const popup = await popupFor(context, sw, extensionId, url);
    await expect(popup.status).toHaveAttribute('data-status', 'no-article');
    expect(hostile.extensionProblems()).toEqual([]);
  });

  test('a page can stop Framelens on itself (it owns its page), and nothing beyond it', async ({ context, page, pages, sw, extensionId }) => {
    const settingsBefore = await storedSettings(sw);
    const url = pages.url('hostile');
    const hostile = await new HostilePage(page).open(url);
    await hostile.waitForPainted();
    // WXT's "a newer copy of this content script started" DOM event, forged by a page that knows the
    // (public, for store builds) extension id: the page app stands down on this page. (The first stage
    // is no WXT content script since b00ccd8: it hears no such event, and has handed over by now.)
    await hostile.main(`document.dispatchEvent(new CustomEvent('${extensionId}:page-app:wxt:content-script-started', { detail: { contentScriptName: 'page-app', messageId: 'forged' } }))`);
    await hostile.waitFor('CSS.highlights.size === 0');
    expect(await hostile.keepsTicking()).toBe(true);
    expect(hostile.extensionProblems().filter((p) => p.kind === 'exception')).toEqual([]);
    // The reader's settings are untouched, and the next page is analysed as usual.
    expect(await storedSettings(sw)).toEqual(settingsBefore);
    const next = await context.newPage();
    await next.goto(pages.url('demo'));
    await next.waitForFunction(() => performance.getEntriesByName('framelens:painted').length > 0);
    const popup = await popupFor(context, sw, extensionId, pages.url('demo'));
    await expect(popup.status).toHaveAttribute('data-status', 'article');
  });

  test('self-test: the problem listener hears error lines and uncaught errors from a world that is not the page’s', async ({ page, pages }) => {
    const hostile = await new HostilePage(page).open(pages.url('hostile'));
    await hostile.isolated("console.error('[framelens:self-test] logged'); setTimeout(() => { throw new Error('[framelens:self-test] thrown'); }, 0)");
    await expect.poll(() => hostile.extensionProblems().map((p) => p.kind).sort()).toEqual(['console', 'exception']);
  });
});
