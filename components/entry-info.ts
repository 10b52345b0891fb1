/** Looking up the pack entry behind a finding, and naming parties and speakers in words. */
import type { Entry, Pack, Party, TimelineEvent } from '@/utils/core/lexicon/schema';
import type { Finding } from '@/utils/core/analysis-schema';

/** What the UI needs to know about a pack. */
export interface PackInfo {
  id: string;
  title: string;
  parties: readonly Party[];
  timeline: readonly TimelineEvent[];
  entries: readonly Entry[];
}

/** Packs by id, for quick lookups. */
export type PackIndex = ReadonlyMap<string, PackInfo>;

/** Indexes packs by id. */
export function indexPacks(packs: readonly (Pack | PackInfo)[]): PackIndex {
  return new Map(packs.map((p) => [p.id, p]));
}

/** The entry and pack a finding came from (null for unknown actors). */
export function lookupEntry(index: PackIndex, finding: Pick<Finding, 'packId' | 'entryId'>): {
  entry: Entry | null;
  pack: PackInfo | null;
} {
  const pack = finding.packId === null ? null : (index.get(finding.packId) ?? null);
  const entry = pack?.entries.find((e) => e.id === finding.entryId) ?? null;
  return { entry, pack };
}

/** A party's label in `pack`, else the id as written (perspectives may name free labels). */
export function partyLabel(pack: PackInfo | null, id: string): string {
  return pack?.parties.find((p) => p.id === id)?.label ?? id;
}

/** A speaker in words: the actor's display name when it resolves, else the text as written. */
export function speakerName(index: PackIndex, finding: Pick<Finding, 'speaker' | 'speakerText' | 'packId'>): string | null {
  if (finding.speaker !== null) {
    for (const pack of index.values()) {
      const actor = pack.entries.find((e) => e.kind === 'actor' && e.id === finding.speaker);
      if (actor?.kind === 'actor') return actor.name;
    }
  }
  return finding.speakerText ?? finding.speaker;
}

/** The display title of an entry: a term's label, an actor's name, a place's neutral name. */
export function entryTitle(entry: Entry): string {
  if (entry.kind === 'term') return entry.label;
  if (entry.kind === 'actor') return entry.name;
  return entry.neutralName;
}
