/**
 * The `framelens:reported` performance mark: left once the background has accepted a page's
 * report. It lives in the page's performance timeline, not its DOM; the Firefox smoke test and
 * the e2e tests read it (docs/privacy.md). Zod-free: the first-stage content script leaves it too.
 */
import type { TabState } from './messages';

/** Name of the mark. */
export const REPORTED_MARK = 'framelens:reported';

/** Leaves the mark for the tab's new `state`. */
export function markReported(performance: Pick<Performance, 'mark'> | undefined, state: TabState): void {
  const detail =
    state.status === 'ready'
      ? { status: state.status, detected: state.article.detected, findingCount: state.findingCount }
      : { status: state.status };
  performance?.mark(REPORTED_MARK, { detail });
}
