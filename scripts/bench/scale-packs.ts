/**
 * Lexicon-scale packs for the benchmark: `n` always-on entries whose patterns are real-looking
 * names ("Marta Kovalenko") and phrases ("grain corridor") that the synthetic pages contain
 * (vocabulary.ts), split into packs of PACK_SIZE entries like real packs.
 */
import { Pack, type PackInput } from '../../utils/core/lexicon/schema';
import { MODIFIERS, NOUNS, SCALE_NAMES, scaleName } from './vocabulary';

/** Entries per generated pack (the largest built-in pack has about 190). */
const PACK_SIZE = 500;
const PHRASES = MODIFIERS.length * NOUNS.length;

type EntryInput = PackInput['entries'][number];

const COMMON = {
  asOf: '2024-11-20',
  sources: [{ title: 'Framelens benchmark vocabulary', url: 'https://example.org/framelens-bench' }],
  examples: { match: ['(benchmark entry)'], noMatch: ['(benchmark entry)'] },
};

function phraseEntry(i: number): EntryInput {
  const phrase = `${MODIFIERS[i % MODIFIERS.length]} ${NOUNS[Math.floor(i / MODIFIERS.length) % NOUNS.length]}`;
  return {
    kind: 'term', id: `phrase-${i}`, ...COMMON, label: phrase, category: 'other', patterns: [phrase], alignsWith: [],
    note: 'A benchmark term: a phrase the synthetic pages use.', perspectives: [{ by: 'benchmark', view: 'Used only to measure scale.' }],
    alternatives: ['the route'],
  };
}

function nameEntry(i: number): EntryInput {
  const name = scaleName(i);
  return {
    kind: 'actor', id: `name-${i}`, ...COMMON, name, patterns: [name], actorType: 'person', role: 'Local official',
    side: 'third-party', alignment: 'Not aligned (benchmark)', context: 'A benchmark actor: a name the synthetic pages use.',
  };
}

/** `n` entries (half phrases up to the 100 there are, the rest names), validated, in packs of PACK_SIZE. */
export function scalePacks(n: number): Pack[] {
  if (n > PHRASES + SCALE_NAMES) throw new Error(`at most ${PHRASES + SCALE_NAMES} scale entries`);
  const phrases = Math.min(PHRASES, Math.floor(n / 2));
  const entries = [
    ...Array.from({ length: phrases }, (_, i) => phraseEntry(i)),
    ...Array.from({ length: n - phrases }, (_, i) => nameEntry(i)),
  ];
  const packs: Pack[] = [];
  for (let at = 0; at < entries.length; at += PACK_SIZE) {
    const index = packs.length + 1;
    packs.push(
      Pack.parse({
        schemaVersion: 2, id: `bench-scale-${index}`, title: `Benchmark scale pack ${index}`, version: '1.0.0',
        asOf: '2024-11-20', languages: ['en'], description: 'Generated for the browser benchmark.',
        activation: { always: true }, entries: entries.slice(at, at + PACK_SIZE),
      }),
    );
  }
  return packs;
}
