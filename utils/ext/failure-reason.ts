/**
 * A failure as the popup shows it: one short line, and a thrown value's message. Zod-free, so the first-stage content script
 * (first-stage.ts) can report a failure without loading the message schemas.
 */

/** The longest failure reason a tab state carries (the popup shows it in one short paragraph). */
export const MAX_FAILURE_REASON_CHARS = 200;

/** The message of a thrown value (an `Error`'s message, anything else as text). */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** `error`'s message on one line, cut to fit the tab state. */
export function failureReason(error: unknown): string {
  const text = errorText(error).replace(/\s+/g, ' ').trim() || 'unknown error';
  return text.length <= MAX_FAILURE_REASON_CHARS ? text : `${text.slice(0, MAX_FAILURE_REASON_CHARS - 1)}…`;
}
