/**
 * Telling the background that analysis failed on this page, so the popup can say what failed
 * instead of waiting forever. Never throws: a failure report that fails is only logged.
 */
import type { Logger } from './logger';
import { errorText, MAX_FAILURE_REASON_CHARS, sendMessage, type SendFn } from './messages';
import { REPORTED_MARK } from './page-report';

/** The error as a reason the popup can show: one line, cut to fit the tab state. */
export function failureReason(error: unknown): string {
  const text = errorText(error).replace(/\s+/g, ' ').trim() || 'unknown error';
  return text.length <= MAX_FAILURE_REASON_CHARS ? text : `${text.slice(0, MAX_FAILURE_REASON_CHARS - 1)}…`;
}

/** Reports `error` as this tab's failure; leaves the `framelens:reported` mark with status `failed`. */
export async function reportFailure(deps: { send: SendFn; log: Logger; performance?: Pick<Performance, 'mark'> }, error: unknown): Promise<void> {
  const reason = failureReason(error);
  const result = await sendMessage({ type: 'page-failed', reason }, deps.send);
  if (!result.ok) {
    deps.log.warn(`could not report the failure: ${result.error}`);
    return;
  }
  deps.performance?.mark(REPORTED_MARK, { detail: { status: 'failed' } });
}
