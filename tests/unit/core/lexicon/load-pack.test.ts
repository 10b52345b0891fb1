import { describe, expect, it } from 'vitest';
import { checkPackExamples } from '../../../../utils/core/lexicon/check-examples';
import { loadPack, loadPackText } from '../../../../utils/core/lexicon/load-pack';
import { MIGRATED_NO_MATCH } from '../../../../utils/core/lexicon/migrate-pack';
import { fixturePack } from '../fixture-lexicon';

const SOURCE = [{ title: 'A source', url: 'https://example.org/a' }];

/** A pack in the first-draft format (schemaVersion 1): separate arrays, top-level cues, no examples. */
const V1 = {
  schemaVersion: 1,
  id: 'draft',
  title: 'Draft pack',
  version: '0.1.0',
  asOf: '2020-10-01',
  languages: ['en'],
  description: 'A pack written for the first draft of the format.',
  cues: ['Karabakh', 'Armenia'],
  minHits: 1,
  parties: [{ id: 'armenia', label: 'the Armenian side' }],
  actors: [{ id: 'armenia', name: 'Armenia', patterns: ['Armenia'], type: 'state', role: 'Party to the conflict', side: 'armenia', context: 'A state in the South Caucasus.', sources: SOURCE }],
  terms: [{
    id: 'occupied', label: 'occupied', category: 'legal-status', patterns: ['occupied'], alignsWith: ['azerbaijan'],
    note: 'A word that takes a side on who controls the land.', perspectives: [{ by: 'azerbaijan', view: 'Calls the control unlawful.' }],
    alternatives: ['Armenian-controlled'], sources: SOURCE,
  }],
  places: [{ id: 'karabakh', neutralName: 'Nagorno-Karabakh', names: [{ name: 'Artsakh', patterns: ['Artsakh'], usedBy: ['armenia'] }], context: 'A mountainous region in the South Caucasus.', sources: SOURCE }],
};

describe('loadPack', () => {
  it('loads a current pack unchanged', () => {
    const loaded = loadPack(JSON.parse(JSON.stringify(fixturePack('loaded-mini'))));
    expect(loaded).toMatchObject({ ok: true, migratedFrom: null });
  });

  it('migrates a schemaVersion 1 pack to the current format', () => {
    const loaded = loadPack(V1);
    if (!loaded.ok) throw new Error(loaded.error);
    expect(loaded.migratedFrom).toBe(1);
    expect(loaded.pack.schemaVersion).toBe(2);
    expect(loaded.pack.activation).toEqual({ cues: ['Karabakh', 'Armenia'], minHits: 1 });
    expect(loaded.pack.entries.map((e) => `${e.kind}:${e.id}`)).toEqual(['actor:armenia', 'term:occupied', 'place:karabakh']);
    const actor = loaded.pack.entries[0];
    expect(actor?.kind === 'actor' && actor.actorType).toBe('state');
    expect(loaded.pack.entries.every((e) => e.asOf === '2020-10-01' && e.examples.noMatch[0] === MIGRATED_NO_MATCH)).toBe(true);
    expect(loaded.notes[0]).toMatch(/migrated from schemaVersion 1/);
  });

  it('gives migrated entries a placeholder example that their own pattern matches', () => {
    const loaded = loadPack(V1);
    if (!loaded.ok) throw new Error(loaded.error);
    expect(checkPackExamples(loaded.pack)).toEqual([]);
  });

  it('reports the path of each problem in an invalid pack', () => {
    const broken = { ...JSON.parse(JSON.stringify(fixturePack('loaded-mini'))), title: 'x' };
    broken.entries[0].kind = 'word';
    const loaded = loadPack(broken);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) {
      expect(loaded.error).toMatch(/→ at title/);
      expect(loaded.error).toMatch(/→ at entries\[0\]\.kind/);
    }
  });

  it('rejects a pattern that is not in the pattern syntax, with where it is', () => {
    const bad = JSON.parse(JSON.stringify(fixturePack('loaded-mini')));
    bad.entries[1].patterns = ['so.called|socalled'];
    const loaded = loadPack(bad);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.error).toMatchInlineSnapshot(`
      "✖ pattern "so.called|socalled": "|" looks like a regular expression; patterns are literal words with [endings], ~ joins and * wildcards
        → at entries[1] (so-called).patterns[0]"
    `);
  });

  it('rejects unknown schema versions and broken JSON with one problem', () => {
    expect(loadPack({ schemaVersion: 9 })).toEqual({ ok: false, error: '✖ unsupported schemaVersion 9: this build reads schemaVersion 1 to 2\n  → at schemaVersion' });
    expect(loadPackText('{').ok).toBe(false);
  });
});

describe('fixture packs', () => {
  it.each(['karabakh-mini', 'loaded-mini'])('%s: every example behaves', (name) => {
    expect(checkPackExamples(fixturePack(name))).toEqual([]);
  });
});
