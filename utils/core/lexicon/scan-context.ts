/**
 * Everything the lexicon steps share about one text: tokens, sentences, and the raw
 * trie matches sorted by what they are (entry, cue, rule pattern), built once.
 */
import type { CompiledLexicon } from './compiled-lexicon';
import { matchTokens, outputAt, type RawMatch } from './match';
import { splitSentences, type Sentence } from '../text/sentences';
import { tokenize, type Token } from '../text/tokenize';

/** One text prepared for matching. */
export interface ScanContext {
  readonly source: string;
  readonly lexicon: CompiledLexicon;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  /** Sentence index of each token. */
  readonly sentenceOf: Int32Array;
  /** Number of word tokens before each token (hyphens and punctuation are not words). */
  readonly wordsBefore: Int32Array;
  /** Entry matches (actors, terms, places), before context rules. */
  readonly entryMatches: readonly RawMatch[];
  /** Activation-cue match counts per pack index. */
  readonly cueHits: readonly number[];
  /** Context-rule pattern matches by "pack:entry:rule". */
  readonly ruleMatches: ReadonlyMap<string, readonly RawMatch[]>;
}

/** Key of a context rule in `ruleMatches`. */
export function ruleKey(pack: number, entry: number, rule: number): string {
  return `${pack}:${entry}:${rule}`;
}

/** Tokenizes, splits sentences and runs the one trie walk over `source`. */
export function createScanContext(source: string, lexicon: CompiledLexicon): ScanContext {
  const tokens = tokenize(source);
  const sentences = splitSentences(source, tokens);
  const sentenceOf = new Int32Array(tokens.length);
  sentences.forEach((s, k) => sentenceOf.fill(k, s.firstToken, s.endToken));
  const wordsBefore = new Int32Array(tokens.length + 1);
  tokens.forEach((t, k) => (wordsBefore[k + 1] = (wordsBefore[k] ?? 0) + (t.kind === 'word' ? 1 : 0)));
  const entryMatches: RawMatch[] = [];
  const cueHits = lexicon.packs.map(() => 0);
  const ruleMatches = new Map<string, RawMatch[]>();
  for (const match of matchTokens(lexicon, source, tokens)) {
    const output = outputAt(lexicon, match.output);
    if (!output) continue;
    if (output.kind === 'entry') entryMatches.push(match);
    else if (output.kind === 'cue') cueHits[output.pack] = (cueHits[output.pack] ?? 0) + 1;
    else {
      const key = ruleKey(output.pack, output.entry, output.rule);
      const list = ruleMatches.get(key) ?? [];
      list.push(match);
      ruleMatches.set(key, list);
    }
  }
  return { source, lexicon, tokens, sentences, sentenceOf, wordsBefore, entryMatches, cueHits, ruleMatches };
}

/** Character span of a token range [first, end). */
export function charSpan(ctx: ScanContext, first: number, end: number): { start: number; end: number } {
  return { start: ctx.tokens[first]?.start ?? 0, end: ctx.tokens[end - 1]?.end ?? 0 };
}
