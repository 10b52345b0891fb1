/**
 * Telling the background that analysis failed on this page, so the popup can say what failed
 * instead of waiting forever. Never throws: a failure report that fails is only logged.
 */
import { failureReason } from './failure-reason';
import type { Logger } from './logger';
import { sendMessage, type SendFn } from './messages';
import { markReported } from './reported-mark';

/** Reports `error` as this tab's failure; leaves the `framelens:reported` mark with status `failed`. */
export async function reportFailure(deps: { send: SendFn; log: Logger; performance?: Pick<Performance, 'mark'> }, error: unknown): Promise<void> {
  const reason = failureReason(error);
  const result = await sendMessage({ type: 'page-failed', reason }, deps.send);
  if (!result.ok) {
    deps.log.warn(`could not report the failure: ${result.error}`);
    return;
  }
  markReported(deps.performance, result.value);
}
