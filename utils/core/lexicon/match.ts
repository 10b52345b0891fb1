/**
 * Walks the compiled trie over the tokens of a text: from every word, follow edges
 * while the next token is a word or a joining hyphen. Matches are whole words by
 * construction (tokens are whole words). Cost: tokens × live trie paths, where a live
 * path ends within `maxDepth` tokens, so it does not grow with the number of entries.
 */
import { OUTPUT_KINDS_BY_CODE } from './compiled-format';
import type { CompiledLexicon, CompiledOutput, TrieNode } from './compiled-lexicon';
import { WILDCARD } from './pattern';
import type { Token } from '../text/tokenize';

/** One pattern occurrence: output index and the token range [first, end). */
export interface RawMatch {
  output: number;
  first: number;
  end: number;
}

/** Output `i` of the lexicon's columns as one object (undefined when out of range). */
export function outputAt(lexicon: CompiledLexicon, i: number): CompiledOutput | undefined {
  const o = lexicon.outputs;
  const kind = OUTPUT_KINDS_BY_CODE[o.kind.charAt(i)];
  if (kind === undefined) return undefined;
  return {
    kind,
    pack: o.pack[i] ?? -1,
    entry: o.entry[i] ?? -1,
    rule: o.rule[i] ?? -1,
    name: o.name[i] ?? -1,
    source: o.source[i] ?? '',
    capitals: o.capitals[i] ?? null,
  };
}

function child(node: TrieNode | undefined, key: string): number | undefined {
  const edges = node?.edges;
  return edges && Object.hasOwn(edges, key) ? edges[key] : undefined;
}

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Every capital letter of the pattern word is a capital in the text word (extra capitals are fine: headlines, sentence starts). */
export function hasCapitals(patternWord: string, textWord: string): boolean {
  const a = patternWord.normalize('NFC');
  const b = textWord.normalize('NFC');
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (isUpper(a.charAt(i)) && !isUpper(b.charAt(i))) return false;
  return true;
}

/** A plural possessive's apostrophe ("Students' Union"): attached to a word ending in s, skipped inside phrases. */
function isPluralPossessiveMark(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  const prev = tokens[j - 1];
  return !!t && !!prev && t.kind === 'quote' && (t.text === "'" || t.text === '\u2019') && prev.kind === 'word' && prev.end === t.start && /[sS]$/.test(prev.text);
}

/** The words a match covers, without skipped apostrophes. */
function wordsOf(tokens: readonly Token[], first: number, end: number): Token[] {
  const out: Token[] = [];
  for (let j = first; j < end; j++) if (!isPluralPossessiveMark(tokens, j)) out.push(tokens[j] as Token);
  return out;
}

/** Aligns pattern words with text tokens (a `*` may cover a hyphenated compound) and checks capitals. */
function capitalsHold(capitals: readonly string[] | null, tokens: readonly Token[], first: number, end: number): boolean {
  if (!capitals) return true;
  const words = wordsOf(tokens, first, end);
  let w = 0;
  for (let k = 0; k < capitals.length; k++) {
    const raw = capitals[k] as string;
    if (raw === '*') {
      w++;
      if (capitals[k + 1] !== '-') while (words[w]?.kind === 'hyphen' && words[w + 1]) w += 2;
      continue;
    }
    if (raw !== '-' && !hasCapitals(raw, words[w]?.text ?? '')) return false;
    w++;
  }
  return true;
}

function continues(source: string, prev: Token, next: Token | undefined): next is Token {
  if (!next || (next.kind !== 'word' && next.kind !== 'hyphen')) return false;
  // A phrase never runs across a line break (headline into paragraph).
  return !source.slice(prev.end, next.start).includes('\n');
}

// Walk states are encoded as node * 3 + glue: glue 0 = at a trie node; 1 = just matched a `*`
// with a word (a hyphen may follow and extend it: "the Nagorno-Karabakh region"); 2 = that hyphen
// was read and a word must follow.
const GLUE_STATES = 3;

/** Finds every occurrence of every compiled pattern (entries, cues and rule patterns), overlapping ones included. */
export function matchTokens(lexicon: CompiledLexicon, source: string, tokens: readonly Token[]): RawMatch[] {
  const { trie, outputs } = lexicon;
  const matches: RawMatch[] = [];
  // A wildcard compound may span extra tokens; allow for it without letting walks run unbounded.
  const maxTokens = lexicon.maxDepth * 4;
  const root = trie[0];
  const rootWildcard = child(root, WILDCARD) !== undefined;
  for (let s = 0; s < tokens.length; s++) {
    const first = tokens[s];
    if (first?.kind !== 'word') continue;
    // Most words start no pattern: when the root has no edge for the word, the walk would end at once.
    if (!rootWildcard && child(root, first.key) === undefined) continue;
    let states: number[] = [0];
    for (let j = s; j < tokens.length && states.length > 0 && j - s < maxTokens; j++) {
      const token = tokens[j] as Token;
      if (j > s && isPluralPossessiveMark(tokens, j)) continue;
      if (j > s && !continues(source, tokens[j - 1] as Token, token)) break;
      const next: number[] = [];
      for (const state of states) {
        const nodeIndex = Math.floor(state / GLUE_STATES);
        const glue = state % GLUE_STATES;
        if (glue === 2) {
          if (token.kind === 'word') next.push(nodeIndex * GLUE_STATES + 1);
          continue;
        }
        if (glue === 1 && token.kind === 'hyphen') next.push(nodeIndex * GLUE_STATES + 2);
        const node = trie[nodeIndex];
        const exact = child(node, token.key);
        if (exact !== undefined) next.push(exact * GLUE_STATES);
        if (token.kind === 'word') {
          const wild = child(node, WILDCARD);
          if (wild !== undefined) next.push(wild * GLUE_STATES + 1);
        }
      }
      for (const state of next) {
        if (state % GLUE_STATES === 2) continue;
        for (const output of trie[Math.floor(state / GLUE_STATES)]?.outputs ?? []) {
          if (capitalsHold(outputs.capitals[output] ?? null, tokens, s, j + 1)) matches.push({ output, first: s, end: j + 1 });
        }
      }
      states = next;
    }
  }
  return matches;
}
