/**
 * The packs an analysis reply carries for the cards (the entries its findings came from), and
 * their shape check. Not the pack schema again: they were validated with it where they were
 * loaded (at build time for the built-in packs, in the background for the reader's), only our
 * own background sends them (sender-checked), and building the pack schema in the page app cost
 * it start-up time (issue 7). Zod-free; messages.ts and analysis-reply.ts use it.
 */
import { isRecord } from '@/utils/core/is-record';
import type { Entry, Pack } from '@/utils/core/lexicon/schema';

/** A pack as cards read it: title, parties, timeline and the entries found. */
export type ReplyPack = Pick<Pack, 'id' | 'title' | 'parties' | 'timeline'> & { entries: Entry[] };

/** Whether `pack` has the fields cards look entries up by (ids, title, lists). */
export function isReplyPack(pack: unknown): pack is ReplyPack {
  if (!isRecord(pack) || typeof pack.id !== 'string' || typeof pack.title !== 'string') return false;
  if (!Array.isArray(pack.parties) || !Array.isArray(pack.timeline) || !Array.isArray(pack.entries)) return false;
  return pack.entries.every((entry) => isRecord(entry) && typeof entry.id === 'string' && typeof entry.kind === 'string');
}
