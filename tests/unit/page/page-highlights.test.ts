import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { indexPacks } from '@/components/entry-info';
import { HOST_TAG } from '@/utils/page/shadow-ui';
import { createPageHighlights, markPainted, type PageHighlightsOptions } from '@/utils/page/page-highlights';
import { installEnglish } from '../components/i18n-setup';
import { FINDINGS, PACK, TEXT } from '../components/sample';

/** The page holds exactly TEXT in one paragraph, so article offsets are text-node offsets. */
function options(overrides: Partial<PageHighlightsOptions> = {}): PageHighlightsOptions {
  const node = document.querySelector('p')?.firstChild as Text;
  return {
    doc: document,
    findings: FINDINGS.slice(0, 2),
    articleText: TEXT,
    rangeFor: (start, end) => {
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, end);
      return range;
    },
    packs: indexPacks([PACK]),
    hidden: new Set(),
    enabled: true,
    forceWrap: true,
    onMore: vi.fn(),
    onMute: vi.fn(),
    onReport: vi.fn(async () => true),
    onToggle: vi.fn(),
    acceptScriptedInput: true, // happy-dom's dispatched events are untrusted
    ...overrides,
  };
}

beforeEach(() => {
  fakeBrowser.reset();
  installEnglish();
  document.body.innerHTML = `<main><p>${TEXT}</p></main>`;
});

describe('createPageHighlights', () => {
  it('paints, opens a card in a host that exists only while open, and restores the page', () => {
    const before = document.documentElement.outerHTML;
    const page = createPageHighlights(options());
    expect(page.painted).toBe(2);
    expect(document.querySelectorAll('framelens-mark')).toHaveLength(2);
    page.openCard(0, true);
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(1);
    // The shadow root is closed: the page cannot look inside.
    expect((document.querySelector(HOST_TAG) as HTMLElement).shadowRoot).toBeNull();
    page.closeCard();
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(0);
    page.destroy();
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('moves between findings with Alt+Shift+N and Alt+Shift+P, skipping hidden categories', () => {
    const page = createPageHighlights(options());
    const press = (code: string): void => {
      document.dispatchEvent(new KeyboardEvent('keydown', { code, key: code.slice(3).toLowerCase(), altKey: true, shiftKey: true, bubbles: true }));
    };
    press('KeyN');
    expect(document.querySelector('framelens-mark[data-focus]')?.textContent).toBe('occupied');
    press('KeyN');
    expect(document.querySelector('framelens-mark[data-focus]')?.textContent).toBe('Defence Ministry');
    press('KeyP');
    expect(document.querySelector('framelens-mark[data-focus]')?.textContent).toBe('occupied');
    page.setHidden(new Set(['term']));
    expect(page.step(1)).toBe(1);
    expect(page.step(1)).toBe(1);
    page.destroy();
  });

  it('asks the caller to toggle on Alt+Shift+H and closes the card on Escape', () => {
    const opts = options();
    const page = createPageHighlights(opts);
    document.dispatchEvent(new KeyboardEvent('keydown', { code: 'KeyH', key: 'h', altKey: true, shiftKey: true, bubbles: true }));
    expect(opts.onToggle).toHaveBeenCalled();
    page.openCard(1, false);
    document.dispatchEvent(new KeyboardEvent('keydown', { code: 'Escape', key: 'Escape', bubbles: true }));
    expect(document.querySelector(HOST_TAG)).toBeNull();
    page.destroy();
  });

  it('skips findings whose text cannot be mapped to the page', () => {
    const page = createPageHighlights(options({ rangeFor: () => null }));
    expect(page.painted).toBe(0);
    expect(page.step(1)).toBeNull();
    page.destroy();
  });
});

describe('markPainted', () => {
  it('records findings and total milliseconds in a performance mark', () => {
    const perf = { now: () => 150, mark: vi.fn() };
    expect(markPainted(perf, 7, 100)).toBe(50);
    expect(perf.mark).toHaveBeenCalledWith('framelens:painted', { detail: { findings: 7, ms: 50 } });
  });

  it('ignores shortcuts and clicks a page script fakes (untrusted events)', () => {
    const opts = options({ acceptScriptedInput: false });
    const page = createPageHighlights(opts);
    document.dispatchEvent(new KeyboardEvent('keydown', { code: 'KeyH', key: 'h', altKey: true, shiftKey: true, bubbles: true }));
    document.dispatchEvent(new KeyboardEvent('keydown', { code: 'KeyN', key: 'n', altKey: true, shiftKey: true, bubbles: true }));
    document.querySelector('framelens-mark')?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(opts.onToggle).not.toHaveBeenCalled();
    expect(document.querySelector(HOST_TAG)).toBeNull();
    page.destroy();
  });
});
