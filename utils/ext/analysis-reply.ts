/**
 * Receiving the background's analysis in the page without one long task. The analysis is
 * validated like every reply (zod), but its findings a slice at a time with a pause between
 * slices: validating the 3,879 findings of a 50,000-word page took ≈ 40 ms in one task in a cold
 * content script (Chromium 156, CPU profile), and no Framelens task may exceed 50 ms.
 *
 * The packs the reply carries for the cards (the entries its findings came from) get a shape
 * check, not zod again: they were validated with the pack schema where they were loaded (at
 * build time for the built-in packs, in the background for the reader's), and only our own
 * background can answer this message. Re-validating them with the strict pack schema was the
 * largest single cost between the reply and the paint on the demo (≈ 10 of 59 ms of page-app
 * script, CPU profile, scripts/bench/profile-content.ts).
 */
import { z } from 'zod';
import { Analysis, Finding } from '@/utils/core/analysis-schema';
import { AnalysisReplySchema, errorText, fail, ok, resultSchema, type AnalysisReply, type MessageOf, type Result, type SendFn } from './messages';

/** Findings validated per task (≈ 5 ms each in a cold content script). */
const FINDINGS_PER_SLICE = 500;

/** Everything but the findings, which are checked in slices (the packs get the reply schema's shape check, reply-packs.ts). */
const AnalysisHead = resultSchema(AnalysisReplySchema.extend({ analysis: Analysis.extend({ findings: z.array(z.unknown()) }) }));

const FindingSlice = z.array(Finding);

/** Sends `analyze-text` and validates the reply, yielding to the page (`pause`) between slices of findings. */
export function requestAnalysis(
  message: MessageOf<'analyze-text'>,
  send: SendFn,
  pause: () => Promise<void>,
): Promise<Result<AnalysisReply>> {
  return readAnalysisReply(Promise.resolve().then(() => send(message)), pause);
}

/**
 * Validates a reply to `analyze-text` that is already on its way (`reply`: the send's promise).
 * The first-stage content script sends the article text while the rest of the content script
 * is still loading, and this checks what comes back.
 */
export async function readAnalysisReply(reply: Promise<unknown>, pause: () => Promise<void>): Promise<Result<AnalysisReply>> {
  let raw: unknown;
  try {
    raw = await reply;
  } catch (error) {
    return fail(`no receiver for "analyze-text": ${errorText(error)}`);
  }
  const head = AnalysisHead.safeParse(raw);
  if (!head.success) return fail(`bad reply to "analyze-text": ${z.prettifyError(head.error)}`);
  if (!head.data.ok) return head.data;
  const findings: Finding[] = [];
  const { analysis, packs } = head.data.value;
  const all = analysis.findings;
  for (let i = 0; i < all.length; i += FINDINGS_PER_SLICE) {
    if (i > 0) await pause();
    const slice = FindingSlice.safeParse(all.slice(i, i + FINDINGS_PER_SLICE));
    if (!slice.success) return fail(`bad reply to "analyze-text": ${z.prettifyError(slice.error)}`);
    findings.push(...slice.data);
  }
  return ok({ analysis: { ...analysis, findings }, packs });
}
