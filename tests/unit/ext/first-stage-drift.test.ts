/**
 * The zod-free first stage copies a few facts from the zod modules it must not load: the storage
 * key of the settings, the page commands and off reasons it accepts, and that only extension pages
 * may send what it answers. These fail when one side changes without the other.
 */
import { describe, expect, it } from 'vitest';
import { readFirstStageMessage, readTabStateReply, type FirstStageMessage } from '@/utils/ext/first-stage-checks';
import { ALLOWED_SENDERS, MessageSchema, OffReasonSchema, ok } from '@/utils/ext/messages';
import { QUICK_SETTINGS_KEY } from '@/utils/ext/quick-settings';
import { SETTINGS_KEY } from '@/utils/ext/settings';

const FIRST_STAGE_TYPES: readonly FirstStageMessage['type'][] = ['get-analysis', 'show-finding', 'analyze-anyway', 'retry-analysis', 'page-command'];

describe('first stage and the zod modules agree', () => {
  it('reads the settings under the key settings.ts writes', () => {
    expect(QUICK_SETTINGS_KEY).toBe(SETTINGS_KEY);
  });

  it('answers only messages that only extension pages may send (its sender check accepts nothing else)', () => {
    for (const type of FIRST_STAGE_TYPES) expect(ALLOWED_SENDERS[type], type).toEqual(['extension-page']);
  });

  it('accepts every page command the message schema names', () => {
    const schema = MessageSchema.options.find((option) => option.shape.type.value === 'page-command');
    const commands = schema !== undefined && 'command' in schema.shape ? schema.shape.command.options : [];
    expect(commands.length).toBeGreaterThan(0);
    for (const command of commands) expect(readFirstStageMessage({ type: 'page-command', command })).toEqual({ type: 'page-command', command });
  });

  it('accepts every off reason the tab state names', () => {
    for (const reason of OffReasonSchema.options) expect(readTabStateReply(ok({ status: 'off', reason }))).toEqual({ status: 'off', reason });
  });
});
