import { describe, expect, it } from 'vitest';
import type { ActorMention } from '../../../../utils/core/actors/actor-mention';
import { MentionIndex } from '../../../../utils/core/actors/mention-index';

/** Deterministic pseudo-random numbers, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Token k spans characters [10k, 10k + 6); its key is one of a few words, so last words repeat. */
const KEYS = ['ali', 'smith', 'petrosyan', 'ministry'];
const keyOf = (token: number): string => KEYS[token % KEYS.length] as string;

function mention(id: string, first: number, endToken: number, actorType: ActorMention['actorType']): ActorMention {
  return {
    id, name: id, packId: null, side: 'unknown', actorType, role: undefined, first, endToken,
    start: first * 10, end: (endToken - 1) * 10 + 6, finding: null, via: 'speaker', affiliation: null,
  };
}

/** Mentions over the first 40 tokens, many with equal spans and ends, so ties are common. */
function mentions(rnd: () => number, n: number, prefix: string): ActorMention[] {
  const types: ActorMention['actorType'][] = ['person', 'state', 'unknown'];
  return Array.from({ length: n }, (_, i) => {
    const first = Math.floor(rnd() * 40);
    return mention(`${prefix}${i}`, first, first + 1 + Math.floor(rnd() * 3), types[Math.floor(rnd() * types.length)] as ActorMention['actorType']);
  });
}

describe('MentionIndex', () => {
  for (const seed of [1, 2, 3, 4, 5]) {
    it(`answers as a scan over [...known, ...unknown] would (seed ${seed})`, () => {
      const rnd = random(seed);
      const known = mentions(rnd, 30, 'k');
      const index = new MentionIndex(known, (m) => keyOf(m.endToken - 1));
      const unknown: ActorMention[] = [];
      for (const m of mentions(rnd, 30, 'u')) {
        const all = [...known, ...unknown];
        for (let first = 0; first < 44; first++) {
          expect(index.knownStartingAt(first)).toEqual(known.filter((k) => k.first === first));
          for (let end = first; end < first + 5; end++) {
            expect(index.knownWithin(first, end)).toEqual([...known].filter((k) => k.first >= first && k.endToken <= end).sort((a, b) => a.first - b.first));
            expect(index.unknownWithin(first, end)).toEqual(unknown.filter((u) => u.first >= first && u.endToken <= end));
            expect(index.unknownAt(first, end)).toBe(unknown.find((u) => u.first === first && u.endToken === end) ?? null);
          }
        }
        for (const key of KEYS) {
          expect(index.fullNameEndingIn(key)).toBe(all.find((a) => a.actorType === 'unknown' && a.endToken - a.first > 1 && keyOf(a.endToken - 1) === key) ?? null);
        }
        const tests: Record<string, (a: ActorMention) => boolean> = {
          any: () => true, person: (a) => a.actorType === 'person', three: (a) => a.id.endsWith('3'), none: () => false,
        };
        for (let offset = -1; offset < 450; offset += 7) {
          for (const [name, test] of Object.entries(tests)) {
            const scan = all.filter((a) => a.end <= offset).sort((a, b) => b.end - a.end).find(test) ?? null;
            expect(index.latestBefore(offset, name, test)).toBe(scan);
          }
        }
        index.addUnknown(m);
        unknown.push(m);
        expect(index.unknown).toEqual(unknown);
      }
    });
  }

  it('breaks a tie of equal ends in favour of the mention held first', () => {
    const a = mention('a', 2, 4, 'person');
    const b = mention('b', 3, 4, 'person');
    const index = new MentionIndex([a], () => 'x');
    index.addUnknown(b);
    expect(index.latestBefore(100, 'any', () => true)).toBe(a);
    expect(index.latestBefore(100, 'b', (m) => m.id === 'b')).toBe(b);
    expect(index.latestBefore(a.end - 1, 'any', () => true)).toBeNull();
  });

  it('tests each mention once per named test, also the unknown actors added later', () => {
    const a = mention('a', 2, 4, 'person');
    const index = new MentionIndex([a], () => 'x');
    const tested: string[] = [];
    const test = (m: ActorMention): boolean => {
      tested.push(m.id);
      return true;
    };
    expect(index.latestBefore(100, 'any', test)).toBe(a);
    expect(index.latestBefore(100, 'any', test)).toBe(a);
    const b = mention('b', 5, 6, 'unknown');
    index.addUnknown(b);
    expect(index.latestBefore(100, 'any', test)).toBe(b);
    expect(tested).toEqual(['a', 'b']);
  });
});
