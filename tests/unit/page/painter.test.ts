import { beforeEach, describe, expect, it } from 'vitest';
import type { HighlightCategory } from '@/utils/core/analysis-schema';
import { createHighlightPainter } from '@/utils/page/highlight-painter';
import { createPainter, type PaintItem } from '@/utils/page/painter';
import { createWrapPainter } from '@/utils/page/wrap-painter';

/** A minimal CSS Custom Highlight API: a registry (a Map) and a Highlight (a Set of ranges). */
class FakeHighlight extends Set<Range> {
  priority = 0;
  constructor(...ranges: Range[]) {
    super(ranges);
  }
}

function fakeView(): { view: Window; registry: Map<string, FakeHighlight> } {
  const registry = new Map<string, FakeHighlight>();
  const view = Object.assign(Object.create(window) as Window, {
    CSS: { highlights: registry },
    Highlight: FakeHighlight,
    setTimeout: window.setTimeout.bind(window),
    clearTimeout: window.clearTimeout.bind(window),
  });
  return { view, registry };
}

const PAGE = `<article><h1>War in <em>Karabakh</em></h1>
<p>Azerbaijan said its forces <a href="#x">liberated</a> villages in occupied Karabakh.</p>
<p>  The hotel was fully occupied. </p></article>`;

/** Items for the first occurrence of each word, in document order. */
function itemsFor(words: [string, HighlightCategory][]): PaintItem[] {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
  return words.map(([word, category], id) => {
    const node = texts.find((t) => t.data.includes(word));
    if (!node) throw new Error(`no text node has "${word}"`);
    const range = document.createRange();
    const at = node.data.indexOf(word);
    range.setStart(node, at);
    range.setEnd(node, at + word.length);
    return { id, category, range };
  });
}

beforeEach(() => {
  document.body.innerHTML = PAGE;
  document.adoptedStyleSheets = [];
});

describe('createHighlightPainter', () => {
  it('registers one highlight per category and toggles a category with one call', () => {
    const { view, registry } = fakeView();
    const painter = createHighlightPainter(document, view);
    painter.paint(itemsFor([['Karabakh', 'place'], ['Azerbaijan', 'actor'], ['occupied Karabakh', 'term']]));
    expect([...registry.keys()].sort()).toEqual(['framelens-actor', 'framelens-loaded', 'framelens-place', 'framelens-term']);
    expect(registry.get('framelens-term')?.size).toBe(1);
    painter.setHidden(new Set(['term']));
    expect(registry.has('framelens-term')).toBe(false);
    expect(registry.get('framelens-actor')?.size).toBe(1);
    painter.setHidden(new Set());
    expect(registry.get('framelens-term')?.size).toBe(1);
  });

  it('hides everything with the master switch and leaves the DOM alone', () => {
    const { view, registry } = fakeView();
    const before = document.body.innerHTML;
    const painter = createHighlightPainter(document, view);
    painter.paint(itemsFor([['liberated', 'term']]));
    expect(document.body.innerHTML).toBe(before);
    painter.setEnabled(false);
    expect(registry.size).toBe(0);
    painter.setEnabled(true);
    expect(registry.get('framelens-term')?.size).toBe(1);
    painter.clear();
    expect(registry.size).toBe(0);
    expect(document.body.innerHTML).toBe(before);
  });

  it('adds a focus highlight above the categories and removes it', () => {
    const { view, registry } = fakeView();
    const painter = createHighlightPainter(document, view);
    painter.paint(itemsFor([['Azerbaijan', 'actor']]));
    painter.focus(0);
    expect(registry.get('framelens-focus')?.priority).toBeGreaterThan(0);
    painter.focus(null);
    expect(registry.has('framelens-focus')).toBe(false);
  });

  it('adopts its stylesheet instead of adding a <style> element', () => {
    const { view } = fakeView();
    const painter = createHighlightPainter(document, view);
    painter.paint(itemsFor([['Azerbaijan', 'actor']]));
    expect(document.querySelectorAll('style')).toHaveLength(0);
    expect(document.adoptedStyleSheets).toHaveLength(1);
    painter.clear();
    expect(document.adoptedStyleSheets).toHaveLength(0);
  });
});

describe('createWrapPainter', () => {
  it('wraps only the matched text and restores the page exactly', () => {
    const before = document.documentElement.outerHTML;
    const painter = createWrapPainter(document);
    painter.paint(
      itemsFor([
        ['Karabakh', 'place'],
        ['Azerbaijan', 'actor'],
        ['liberated', 'term'],
        ['occupied Karabakh', 'term'],
      ]),
    );
    const marks = [...document.querySelectorAll('framelens-mark')];
    expect(marks.map((m) => m.textContent)).toEqual(['Karabakh', 'Azerbaijan', 'liberated', 'occupied Karabakh']);
    expect(marks.map((m) => m.getAttribute('data-category'))).toEqual(['place', 'actor', 'term', 'term']);
    expect(document.body.textContent).toBe(new DOMParser().parseFromString(PAGE, 'text/html').body.textContent);
    painter.clear();
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('merges split text nodes back into the original nodes', () => {
    const p = document.querySelector('p') as HTMLParagraphElement;
    const nodesBefore = [...p.childNodes];
    const painter = createWrapPainter(document);
    painter.paint(itemsFor([['Azerbaijan', 'actor'], ['occupied Karabakh', 'term']]));
    painter.clear();
    expect([...p.childNodes]).toEqual(nodesBefore);
    expect(p.childNodes[0]).toBe(nodesBefore[0]);
  });

  it('nests marks where two findings overlap, and still restores', () => {
    const before = document.body.innerHTML;
    const painter = createWrapPainter(document);
    const items = itemsFor([['occupied Karabakh', 'term']]);
    const inner = itemsFor([['Karabakh.', 'place']])[0] as PaintItem;
    inner.range.setEnd(inner.range.endContainer, inner.range.endOffset - 1);
    painter.paint([...items, { ...inner, id: 1 }]);
    const nested = document.querySelector('framelens-mark framelens-mark');
    expect(nested?.textContent).toBe('Karabakh');
    expect(painter.rangeOf(0)?.toString()).toBe('occupied Karabakh');
    painter.clear();
    expect(document.body.innerHTML).toBe(before);
  });

  it('hides a category by restyling, without touching the marks', () => {
    const painter = createWrapPainter(document);
    painter.paint(itemsFor([['Azerbaijan', 'actor'], ['liberated', 'term']]));
    const html = document.body.innerHTML;
    painter.setHidden(new Set(['actor']));
    expect(document.body.innerHTML).toBe(html);
    const css = [...(document.adoptedStyleSheets[0]?.cssRules ?? [])].map((r) => r.cssText).join('\n');
    expect(css).toContain('data-category="term"');
    expect(css).not.toContain('data-category="actor"');
  });
});

describe('createPainter', () => {
  it('falls back to wrapping where CSS.highlights is missing', () => {
    expect(createPainter(document).kind).toBe(typeof Highlight === 'function' ? 'highlight' : 'wrap');
    expect(createPainter(document, { forceWrap: true }).kind).toBe('wrap');
  });
});
