/**
 * A pattern can never hang the matcher. Patterns are not regular expressions: they compile to a
 * token trie walked once per word of text (match.ts), so there is no backtracking; the work per
 * word is bounded by the trie paths the text can follow, and the pack limits bound those
 * (MAX_PACK_VARIANTS, MAX_WILDCARD_WORDS in pack-limits.ts). Here the most hostile packs the
 * limits still accept run against adversarial text, within a generous time bound; one step past
 * a limit is refused on load with a clear message.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '@/utils/core/analyze';
import { compileLexicon } from '@/utils/core/lexicon/compile';
import { loadPack, loadPackText } from '@/utils/core/lexicon/load-pack';
import { MAX_WILDCARD_WORDS } from '@/utils/core/lexicon/pack-limits';
import type { Pack } from '@/utils/core/lexicon/schema';

const CONTROL = readFileSync(path.resolve(import.meta.dirname, '../../fixtures/bad-packs/_valid-control.json'), 'utf8');
/** Words of adversarial text per run. */
const WORDS = 20_000;
/** Far above the measured time (about 2 s per text on the loaded, shared 2-core machine), far below a hang. */
const BOUND_MS = 30_000;

/** A pack of always-on terms holding `patterns`, at most 4,000 per entry. */
function packOf(id: string, patterns: string[]): unknown {
  const control = JSON.parse(CONTROL) as { entries: Record<string, unknown>[] };
  const entries = [];
  for (let i = 0; i < patterns.length; i += 4_000) {
    entries.push({ ...control.entries[0], id: `${id}-${i}`, patterns: patterns.slice(i, i + 4_000), context: undefined });
  }
  return { ...control, id, activation: { always: true }, entries };
}

function loaded(json: unknown): Pack {
  const result = loadPack(json);
  if (!result.ok) throw new Error(result.error);
  return result.pack;
}

/** `length` words of "a" with one `*` at `star`, ending in a word the text never has. */
function wildcardRun(length: number, star: number): string {
  return [...Array(length)].map((_, i) => (i === star ? '*' : 'a')).join(' ') + ' z';
}

/** Every pattern of `n` words, each "a" or `*`, plus an end word the text never has. */
function allWildcardCombos(n: number): string[] {
  return [...Array(2 ** n)].map((_, k) => [...Array(n)].map((_, i) => ((k >> i) & 1 ? '*' : 'a')).join(' ') + ' z').filter((p) => p.includes('*'));
}

// The longest wildcard variants the limits allow, just under the limit (each keeps its walk alive for 95 words of "a a a …").
const LONG_WILDCARDS = Array.from({ length: 3 }, (_, i) => wildcardRun(94, i * 30));
// Every a/* combination of 5 words: 31 variants alive at once.
const WILDCARD_COMBOS = allWildcardCombos(5);
// Literal patterns: 4,000 long runs of "a" ("a a … a z<i>") and hyphen/space/closed joins.
const LITERAL_RUNS = Array.from({ length: 4_000 }, (_, i) => `${'a '.repeat(90)}z${i}`);
const JOINS = ['a~a~a~a', 'a~a~a', 'a[s,es,ed]~a[s,es]~a'];

const TEXTS: [string, string][] = [
  ['"a a a …"', 'a '.repeat(WORDS)],
  ['"a-a a-a …" (hyphen compounds a * may absorb)', 'a-a '.repeat(WORDS / 2)],
  ["possessives and apostrophes", "a's a’ a' a ".repeat(WORDS / 4)],
  ['one sentence of all the words, with quotes', `“${'a '.repeat(WORDS / 2)}” said a ${'a '.repeat(WORDS / 2)}`],
];

describe('hostile patterns against adversarial text', () => {
  const lexicon = compileLexicon([
    loaded(packOf('long-wildcards', [...LONG_WILDCARDS, ...LITERAL_RUNS])),
    loaded(packOf('wildcard-combos', [...WILDCARD_COMBOS, ...JOINS])),
  ]);

  it('the packs sit just inside the limits', () => {
    const words = LONG_WILDCARDS.reduce((n, p) => n + p.split(' ').length, 0);
    expect(words).toBeGreaterThan(MAX_WILDCARD_WORDS * 0.9);
    expect(words).toBeLessThanOrEqual(MAX_WILDCARD_WORDS);
    expect(lexicon.problems).toEqual([]);
    expect(lexicon.trie.length).toBeGreaterThan(4_000);
  });

  it.each(TEXTS)(`matches %s (${WORDS.toLocaleString('en-US')} words) within the bound`, (_name, text) => {
    const start = performance.now();
    const analysis = analyzeText(text, lexicon);
    const ms = performance.now() - start;
    expect(ms).toBeLessThan(BOUND_MS);
    // Nothing matches ("z" never occurs), but the walks were real: every finding quotes its text.
    for (const f of analysis.findings) expect(f.text).toBe(text.slice(f.start, f.end));
  }, BOUND_MS * 2);
});

describe('one step past a limit is refused on load', () => {
  it('wildcard variants over the limit', () => {
    const result = loadPack(packOf('too-wild', allWildcardCombos(11)));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/the patterns with a \* wildcard expand to 24,5\d\d words in all; the limit per pack is 300.*\n {2}→ at entries/s);
  });

  it('a regular expression is not a pattern, whatever it would do', () => {
    const control = JSON.parse(CONTROL) as { entries: Record<string, unknown>[] };
    for (const regex of ['(a+)+$', '(a|aa)+', '^(a*)*b', '(?:x+x+)+y', 'a{1,99999}']) {
      const result = loadPackText(JSON.stringify({ ...control, entries: [{ ...control.entries[0], patterns: [regex] }] }));
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toContain('looks like a regular expression');
    }
  });
});
