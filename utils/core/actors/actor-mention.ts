/**
 * One mention of an actor in the text, known (from a pack) or unknown (found from a
 * role or as a speaker), in the shape the speaker and summary steps share.
 */
import type { EntryFinding } from '../lexicon/find-entries';
import type { ScanContext } from '../lexicon/scan-context';
import type { ActorType } from '../lexicon/schema';

/** Longest slug for an unknown actor's id. */
const MAX_SLUG_CHARS = 60;

export interface ActorMention {
  /** Entry id of a known actor, or "unknown:<slug>". */
  id: string;
  name: string;
  packId: string | null;
  /** Party id, "third-party", or "unknown". */
  side: string;
  actorType: ActorType | 'unknown';
  /** The role as written next to the name, else the pack's role. */
  role: string | undefined;
  first: number;
  endToken: number;
  start: number;
  end: number;
  /** The pack entry behind a known actor; null for unknown actors. */
  finding: EntryFinding | null;
  /** How an unknown actor was found. */
  via: 'pack' | 'speaker' | 'role';
  /** A known actor this unknown one belongs to ("Azerbaijan's" Defence Ministry). */
  affiliation: string | null;
}

/** "Defence Ministry" → "defence-ministry" (Unicode letters kept, diacritics dropped). */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG_CHARS);
}

/** The mention for a known actor finding. */
export function knownMention(ctx: ScanContext, f: EntryFinding): ActorMention | null {
  const pack = ctx.lexicon.packs[f.pack];
  const entry = pack?.entries[f.entry];
  if (!pack || entry?.kind !== 'actor') return null;
  return {
    id: entry.id,
    name: entry.name,
    packId: pack.id,
    side: entry.side,
    actorType: entry.actorType,
    role: entry.role,
    first: f.first,
    endToken: f.endToken,
    start: f.start,
    end: f.end,
    finding: f,
    via: 'pack',
    affiliation: null,
  };
}

/** An unknown actor spanning tokens [first, end); `prefixAffiliation: false` keeps the affiliation out of its id. */
export function unknownMention(
  ctx: ScanContext,
  first: number,
  end: number,
  via: 'speaker' | 'role',
  role: string | undefined,
  affiliation: ActorMention | null,
  prefixAffiliation = true,
): ActorMention | null {
  const a = ctx.tokens[first];
  const b = ctx.tokens[end - 1];
  if (!a || !b || end <= first) return null;
  const name = ctx.source.slice(a.start, b.end);
  // "Turkish officials" already names its state; "Azerbaijan's | presidential administration" needs it in the id.
  const slug = slugify(affiliation && prefixAffiliation ? `${affiliation.id} ${name}` : name);
  if (!slug) return null;
  return {
    id: `unknown:${slug}`,
    name,
    packId: null,
    side: affiliation?.side ?? 'unknown',
    actorType: 'unknown',
    role,
    first,
    endToken: end,
    start: a.start,
    end: b.end,
    finding: null,
    via,
    affiliation: affiliation?.id ?? null,
  };
}
