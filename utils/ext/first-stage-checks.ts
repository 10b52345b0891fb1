/**
 * Hand-written checks of what the first-stage content script receives, in place of the zod
 * schemas of messages.ts, which it must not load (docs/architecture.md "Content script"). They
 * accept exactly what those schemas accept for the few messages and replies the first stage
 * handles (tests/unit/ext/first-stage.test.ts compares them); everything else is left to
 * the page app, which validates with zod as before.
 */
import { isRecord } from '@/utils/core/is-record';
import { MAX_FAILURE_REASON_CHARS } from './failure-reason';
import type { MessageOf, TabState } from './messages';

/** The messages the first stage answers before the page app runs. */
export type FirstStageMessage = MessageOf<'get-analysis' | 'show-finding' | 'analyze-anyway' | 'retry-analysis' | 'page-command'>;

const PAGE_COMMANDS: ReadonlySet<string> = new Set(['toggle-highlights', 'next-finding', 'previous-finding']);
const OFF_REASONS: ReadonlySet<string> = new Set(['master-off', 'site-off']);

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;
const isNullableString = (value: unknown): value is string | null => value === null || typeof value === 'string';

/** `raw` as a message the first stage answers, or null (malformed, or not one of its messages). */
export function readFirstStageMessage(raw: unknown): FirstStageMessage | null {
  if (!isRecord(raw)) return null;
  switch (raw.type) {
    case 'get-analysis':
      return { type: 'get-analysis' };
    case 'analyze-anyway':
      return { type: 'analyze-anyway' };
    case 'retry-analysis':
      return { type: 'retry-analysis' };
    case 'show-finding':
      return isCount(raw.index) ? { type: 'show-finding', index: raw.index } : null;
    case 'page-command':
      return typeof raw.command === 'string' && PAGE_COMMANDS.has(raw.command)
        ? { type: 'page-command', command: raw.command as MessageOf<'page-command'>['command'] }
        : null;
    default:
      return null;
  }
}

/** The tab state in the background's reply to `article-state` / `page-off` (`Result<TabState>`), or null when it is not one. */
export function readTabStateReply(raw: unknown): TabState | null {
  if (!isRecord(raw) || raw.ok !== true || !isRecord(raw.value)) return null;
  const state = raw.value;
  if (state.status === 'waiting') return { status: 'waiting' };
  if (state.status === 'failed') {
    const reason = state.reason;
    return typeof reason === 'string' && reason.length > 0 && reason.length <= MAX_FAILURE_REASON_CHARS ? { status: 'failed', reason } : null;
  }
  if (state.status === 'off') return typeof state.reason === 'string' && OFF_REASONS.has(state.reason) ? { status: 'off', reason: state.reason as 'master-off' | 'site-off' } : null;
  if (state.status !== 'ready' || !isCount(state.findingCount) || !isRecord(state.article)) return null;
  const a = state.article;
  if (typeof a.detected !== 'boolean' || !isNullableString(a.title) || !isNullableString(a.site) || !isNullableString(a.published) || !isNullableString(a.url)) return null;
  if (a.requested !== undefined && typeof a.requested !== 'boolean') return null;
  return {
    status: 'ready',
    findingCount: state.findingCount,
    article: { detected: a.detected, title: a.title, site: a.site, published: a.published, url: a.url, requested: a.requested ?? false },
  };
}
