/**
 * Finds entries of one pack whose patterns can match the same words, so the lint test
 * can demand a `priority` that says which wins. Patterns are expanded with the real
 * pattern parser (endings, ~ joins, * wildcards, hyphens as tokens), then every pair of
 * expansions is compared: they compete when one can lie wholly inside the other ("regime"
 * in "puppet regime", or the same words twice). Chains that only share an edge word
 * ("Republic of Cyprus" / "Cyprus News Agency") are left to the matcher's documented
 * tie-break (longer, then earlier match wins): they need implausible text to collide.
 */
import { parsePattern, WILDCARD } from '../../../utils/core/lexicon/pattern';
import type { Entry, Pack } from '../../../utils/core/lexicon/schema';

type Keys = readonly string[];

/** Every pattern an entry matches with: terms and actors have `patterns`, places have one list per name. */
export function entryPatterns(entry: Entry): string[] {
  return entry.kind === 'place' ? entry.names.flatMap((n) => n.patterns) : entry.patterns;
}

/** Token keys of every expansion of the entry's patterns; unparsable patterns are skipped (the compile check reports them). */
function expansions(entry: Entry): { pattern: string; keys: Keys }[] {
  const out: { pattern: string; keys: Keys }[] = [];
  for (const pattern of entryPatterns(entry)) {
    const parsed = parsePattern(pattern);
    if (parsed.ok) for (const alt of parsed.alternatives) out.push({ pattern, keys: alt.map((t) => t.key) });
  }
  return out;
}

function same(a: string, b: string): boolean {
  return a === b || a === WILDCARD || b === WILDCARD;
}

/** Whether `inner` can match a stretch of the words `outer` matches. */
function containedIn(inner: Keys, outer: Keys): boolean {
  for (let d = 0; d + inner.length <= outer.length; d++) {
    if (inner.every((key, i) => same(key, outer[d + i] as string))) return true;
  }
  return false;
}

/** Whether two token sequences compete for the same words (one can lie inside the other). */
export function sequencesOverlap(a: Keys, b: Keys): boolean {
  return containedIn(a, b) || containedIn(b, a);
}

/** A pair of entries that can match overlapping words without distinct priorities. */
export interface Overlap {
  a: string;
  b: string;
  patternA: string;
  patternB: string;
}

/** Pairs of entries in `pack` that can overlap and share a priority (default 0). */
export function unresolvedOverlaps(pack: Pack): Overlap[] {
  const expanded = pack.entries.map((e) => ({ entry: e, exps: expansions(e) }));
  const found: Overlap[] = [];
  for (let i = 0; i < expanded.length; i++) {
    for (let j = i + 1; j < expanded.length; j++) {
      const x = expanded[i]!;
      const y = expanded[j]!;
      if ((x.entry.priority ?? 0) !== (y.entry.priority ?? 0)) continue;
      const hit = findOverlap(x.exps, y.exps);
      if (hit) found.push({ a: x.entry.id, b: y.entry.id, patternA: hit[0], patternB: hit[1] });
    }
  }
  return found;
}

function findOverlap(xs: { pattern: string; keys: Keys }[], ys: { pattern: string; keys: Keys }[]): [string, string] | null {
  for (const x of xs) for (const y of ys) if (sequencesOverlap(x.keys, y.keys)) return [x.pattern, y.pattern];
  return null;
}
