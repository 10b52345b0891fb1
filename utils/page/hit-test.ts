/**
 * Which finding is under the pointer. Custom highlights take no pointer events, so we ask
 * the browser for the caret position at the pointer (`caretPositionFromPoint`, or WebKit's
 * `caretRangeFromPoint`), binary-search the findings' ranges (sorted in document order) for
 * one holding that point, and confirm with the range's client rects, because the caret
 * snaps to the nearest text even when the pointer is over blank space.
 */

/** A painted finding's range. */
export interface HitTarget {
  id: number;
  range: Range;
}

/** A caret position in the DOM. */
export interface CaretPoint {
  node: Node;
  offset: number;
}

/** How many earlier ranges to check for overlaps (a term inside an actor's name, say). */
const MAX_OVERLAP_SCAN = 8;
/** Sub-pixel rounding slack when testing a point against a rect. */
const RECT_SLACK_PX = 1;

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** The caret position at viewport point (x, y), or null where there is no text. */
export function caretAt(doc: Document, x: number, y: number): CaretPoint | null {
  const d = doc as CaretDocument;
  if (typeof d.caretPositionFromPoint === 'function') {
    const pos = d.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const range = d.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

/** Whether (x, y) lies in one of `rects` (client coordinates). */
export function pointInRects(rects: ArrayLike<DOMRectReadOnly>, x: number, y: number): boolean {
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i] as DOMRectReadOnly;
    if (
      x >= r.left - RECT_SLACK_PX &&
      x <= r.right + RECT_SLACK_PX &&
      y >= r.top - RECT_SLACK_PX &&
      y <= r.bottom + RECT_SLACK_PX
    ) {
      return true;
    }
  }
  return false;
}

/** Index of the first target that starts after `point` (targets sorted by start). */
export function firstStartingAfter(targets: readonly HitTarget[], point: CaretPoint): number {
  let lo = 0;
  let hi = targets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    // comparePoint: -1 = the point is before the range, 0 = inside, 1 = after.
    if ((targets[mid] as HitTarget).range.comparePoint(point.node, point.offset) < 0) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The id of the finding at (x, y), preferring the innermost (latest-starting) when ranges
 * overlap; null when the pointer is not over a finding.
 */
export function hitTest(
  targets: readonly HitTarget[],
  point: CaretPoint | null,
  x: number,
  y: number,
): number | null {
  if (point === null || targets.length === 0) return null;
  const end = firstStartingAfter(targets, point);
  for (let i = end - 1; i >= Math.max(0, end - MAX_OVERLAP_SCAN); i--) {
    const target = targets[i] as HitTarget;
    let inside: number;
    try {
      inside = target.range.comparePoint(point.node, point.offset);
    } catch {
      continue; // the point is in another document or a detached node
    }
    if (inside === 0 && pointInRects(target.range.getClientRects(), x, y)) return target.id;
  }
  return null;
}
