/**
 * Builders for small valid packs inside tests, so each test states only the fields it
 * is about. Not a test file itself.
 */
import { Pack, type PackInput } from '../../../utils/core/lexicon/schema';

type EntryInput = PackInput['entries'][number];
type TermInput = Extract<EntryInput, { kind: 'term' }>;
type ActorInput = Extract<EntryInput, { kind: 'actor' }>;
type PlaceInput = Extract<EntryInput, { kind: 'place' }>;

const COMMON = {
  asOf: '2024-01-01',
  sources: [{ title: 'Test source', url: 'https://example.org/test' }],
  examples: { match: ['(test)'], noMatch: ['(test)'] },
};

/** A term with defaults for everything but its id and patterns. */
export function term(id: string, patterns: string[], extra: Partial<TermInput> = {}): TermInput {
  return {
    kind: 'term', id, ...COMMON, label: `term ${id}`, category: 'other', patterns, alignsWith: [],
    note: 'A term used only by a unit test.', perspectives: [{ by: 'test', view: 'Used only by a unit test.' }],
    alternatives: ['neutral'], ...extra,
  };
}

/** An actor with defaults for everything but its id and patterns. */
export function actor(id: string, patterns: string[], extra: Partial<ActorInput> = {}): ActorInput {
  return {
    kind: 'actor', id, ...COMMON, name: patterns[0] ?? id, patterns, actorType: 'state', role: 'Test role',
    side: 'third-party', alignment: 'Test alignment', context: 'An actor used only by a unit test.', ...extra,
  };
}

/** A place with one name per pattern list. */
export function place(id: string, names: { name: string; patterns: string[]; alignsWith?: string[] }[]): PlaceInput {
  return {
    kind: 'place', id, ...COMMON, neutralName: id, context: 'A place used only by a unit test.',
    names: names.map((n) => ({ usedBy: ['test'], alignsWith: [], ...n })),
  };
}

/** A validated pack (always on unless `activation` says otherwise). */
export function pack(id: string, entries: EntryInput[], extra: Partial<PackInput> = {}): Pack {
  return Pack.parse({
    schemaVersion: 2, id, title: `${id} test pack`, version: '1.0.0', asOf: '2024-01-01', languages: ['en'],
    description: 'A pack built inside a unit test.', activation: { always: true }, entries, ...extra,
  });
}
