import { describe, expect, it } from 'vitest';
import type { Pack } from '../../../utils/core/lexicon/schema';
import { loadPackFiles } from './pack-files';
import { activationProblems, crossPackProblems, duplicateIds, entryProblems } from './pack-rules';
import { unresolvedOverlaps } from './pattern-overlap';
import { compile, findHits, forcedOn } from './run-matcher';

const files = loadPackFiles();
const packs: Pack[] = files.flatMap((f) => (f.pack ? [f.pack] : []));

/** The pack with no context rules on its actors and places: what their names alone match. */
function withoutNameRules(pack: Pack): Pack {
  return { ...pack, entries: pack.entries.map((e) => (e.kind === 'term' ? e : { ...e, contextRules: undefined })) };
}

/** Runs every example of a pack through the real matcher, the pack alone and forced on. */
function exampleProblems(pack: Pack): string[] {
  const lexicon = compile([forcedOn(pack)]);
  const bare = compile([forcedOn(withoutNameRules(pack))]);
  const out = lexicon.problems.map((p) => `pattern does not compile: ${p}`);
  for (const e of pack.entries) {
    // A name's rules exist for its other senses: one noMatch example must show one ("the Washington Post").
    if (e.kind !== 'term' && e.contextRules?.length && !e.examples.noMatch.some((s) => findHits(bare, s).some((h) => h.entryId === e.id))) {
      out.push(`${pack.id}/${e.id}: has contextRules, but no noMatch example that its names alone would match (show the sense the rules exclude)`);
    }
    for (const sentence of e.examples.match) {
      const hits = findHits(lexicon, sentence);
      if (!hits.some((h) => h.entryId === e.id)) {
        const found = hits.map((h) => `${h.entryId} "${h.text}"`).join(', ') || 'nothing';
        out.push(`${pack.id}/${e.id}: should match but does not: "${sentence}" (found: ${found})`);
      }
    }
    for (const sentence of e.examples.noMatch) {
      const wrong = findHits(lexicon, sentence).filter((h) => h.entryId === e.id);
      if (wrong.length) out.push(`${pack.id}/${e.id}: should not match but does ("${wrong[0]?.text}"): "${sentence}"`);
    }
  }
  return out;
}

describe('lexicon packs', () => {
  it('finds the pack files', () => {
    expect(files.map((f) => f.file)).toContain('loaded-language.json');
  });

  it('have unique pack ids across files', () => {
    const ids = packs.map((p) => p.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('keep an actor id for one actor, and a domain for one outlet, across packs', () => {
    expect(crossPackProblems(packs)).toEqual([]);
  });

  describe.each(files.map((f) => [f.file, f] as const))('%s', (_file, f) => {
    it('is a valid pack (zod schema), named after its id', () => {
      expect(f.problems).toEqual([]);
      expect(f.pack?.id).toBe(f.expectedId);
    });

    it('has no duplicate entry ids', () => {
      if (f.pack) expect(duplicateIds(f.pack)).toEqual([]);
    });

    it('gives every entry the fields the review demands, with known party ids', () => {
      if (f.pack) expect([...entryProblems(f.pack), ...activationProblems(f.pack)]).toEqual([]);
    });

    it('gives entries whose patterns compete for the same words distinct priorities', () => {
      if (!f.pack) return;
      const lines = unresolvedOverlaps(f.pack).map((o) => `${f.pack?.id}: "${o.a}" (${o.patternA}) and "${o.b}" (${o.patternB}) overlap with equal priority`);
      expect(lines).toEqual([]);
    });

    it('matches every "match" example and no "noMatch" example with the real matcher', () => {
      if (f.pack) expect(exampleProblems(f.pack)).toEqual([]);
    });
  });
});
