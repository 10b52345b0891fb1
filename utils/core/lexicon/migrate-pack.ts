/**
 * Migrations between pack schema versions, one function per step, walked in order by
 * `loadPack`. Each step takes the previous version's validated shape and returns the
 * next version's input, plus notes on what it had to invent.
 */
import type { PackV1 } from './pack-v1';
import type { PackInput } from './schema';

/** A migration step's output: the next version's input and what the user should review. */
export interface Migrated {
  pack: PackInput;
  notes: string[];
}

/** What a v1 pack gets instead of the example sentences it never had. */
export const MIGRATED_NO_MATCH = 'Migrated from schemaVersion 1 without examples: replace with a sentence this entry must not match.';

function placeholderExamples(pattern: string): { match: string[]; noMatch: string[] } {
  // The first pattern's words, with syntax removed, stand in for a sentence the entry matches.
  const words = pattern.replace(/\[([^\],]*)[^\]]*\]/g, '$1').replace(/~/g, '-').replace(/\*/g, 'something');
  return { match: [`${words} (migrated example)`], noMatch: [MIGRATED_NO_MATCH] };
}

/** schemaVersion 1 → 2: one `entries` list with `kind`, `activation`, `actorType`, and placeholder examples. */
export function migrateV1ToV2(v1: PackV1): Migrated {
  const asOf = (d?: string): string => d ?? v1.asOf;
  const entries: PackInput['entries'] = [];
  for (const a of v1.actors) {
    const { type, alignment, asOf: date, ...rest } = a;
    entries.push({ kind: 'actor', ...rest, asOf: asOf(date), actorType: type, alignment: alignment ?? a.role, examples: placeholderExamples(a.patterns[0] ?? a.name) });
  }
  for (const t of v1.terms) {
    const { asOf: date, ...rest } = t;
    entries.push({ kind: 'term', ...rest, asOf: asOf(date), examples: placeholderExamples(t.patterns[0] ?? t.label) });
  }
  for (const p of v1.places) {
    const { asOf: date, names, ...rest } = p;
    entries.push({
      kind: 'place',
      ...rest,
      asOf: asOf(date),
      names: names.map((n) => ({ ...n, alignsWith: [] })),
      examples: placeholderExamples(names[0]?.patterns[0] ?? p.neutralName),
    });
  }
  const activation: PackInput['activation'] =
    v1.alwaysOn || !v1.cues?.length ? { always: true } : { cues: v1.cues, ...(v1.minHits ? { minHits: v1.minHits } : {}) };
  const notes = [`migrated from schemaVersion 1 (${entries.length} entries); examples are placeholders to replace`];
  if (!v1.alwaysOn && !v1.cues?.length) notes.push('no cues in schemaVersion 1: the pack now applies to every article');
  return {
    pack: {
      schemaVersion: 2,
      id: v1.id,
      title: v1.title,
      version: v1.version,
      asOf: v1.asOf,
      languages: v1.languages,
      description: v1.description,
      activation,
      parties: v1.parties ?? [],
      entries,
    },
    notes,
  };
}
