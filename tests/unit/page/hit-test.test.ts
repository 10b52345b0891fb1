import { describe, expect, it } from 'vitest';
import { hitTest, pointInRects, type CaretPoint, type HitTarget } from '@/utils/page/hit-test';

/** A text node of 100 characters; ranges are [start, end) offsets in it with mocked rects. */
const node = document.createTextNode('x'.repeat(100));
document.body.append(node);

function target(id: number, start: number, end: number, rect: [number, number, number, number]): HitTarget {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, end);
  const [left, top, right, bottom] = rect;
  const domRect = { left, top, right, bottom, x: left, y: top, width: right - left, height: bottom - top } as DOMRect;
  range.getClientRects = () => Object.assign([domRect], { item: () => domRect }) as unknown as DOMRectList;
  return { id, range };
}

const at = (offset: number): CaretPoint => ({ node, offset });

describe('hitTest', () => {
  // Three findings on one line, 10px per character; id 3 overlaps id 2 (an actor inside a term).
  const targets = [
    target(1, 0, 10, [0, 0, 100, 20]),
    target(2, 30, 50, [300, 0, 500, 20]),
    target(3, 40, 50, [400, 0, 500, 20]),
    target(4, 80, 90, [800, 0, 900, 20]),
  ];

  it.each([
    ['inside the first finding', 5, 50, 1],
    ['inside a finding that holds no other', 35, 350, 2],
    ['on an overlap: the innermost wins', 45, 450, 3],
    ['inside the last finding', 85, 850, 4],
  ])('finds the finding %s', (_name, offset, x, expected) => {
    expect(hitTest(targets, at(offset), x, 10)).toBe(expected);
  });

  it('returns null between findings', () => {
    expect(hitTest(targets, at(20), 200, 10)).toBeNull();
  });

  it('returns null when the caret snapped to a finding but the pointer is beside it', () => {
    // Pointer far right of the line: the caret snaps to offset 90, the end of finding 4.
    expect(hitTest(targets, at(90), 990, 10)).toBeNull();
    // Pointer below the text.
    expect(hitTest(targets, at(85), 850, 60)).toBeNull();
  });

  it('returns null with no caret or no targets', () => {
    expect(hitTest(targets, null, 5, 5)).toBeNull();
    expect(hitTest([], at(5), 50, 10)).toBeNull();
  });
});

describe('pointInRects', () => {
  it('allows one pixel of rounding slack', () => {
    const r = { left: 10, right: 20, top: 10, bottom: 20 } as DOMRect;
    expect(pointInRects([r], 9, 15)).toBe(true);
    expect(pointInRects([r], 7, 15)).toBe(false);
  });
});
