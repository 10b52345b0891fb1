/**
 * The serialisable form of all packs compiled into one token trie, so the content
 * script loads JSON and matches at once instead of compiling patterns at runtime.
 * A zod schema, because a compiled lexicon crosses a boundary (a file, a message).
 */
import { z } from 'zod';
import { Pack } from './schema';

/** Bump when the compiled shape changes; loaders reject other versions and recompile. */
export const COMPILED_LEXICON_VERSION = 1;

/** What a trie node emits when a pattern ends there. */
export const CompiledOutput = z.object({
  /** entry: an entry's pattern; cue: a pack's activation cue; rule: a context rule's pattern. */
  kind: z.enum(['entry', 'cue', 'rule']),
  pack: z.number().int(),
  /** Entry index in its pack (-1 for cues). */
  entry: z.number().int(),
  /** Context rule index in the entry (-1 unless kind is rule). */
  rule: z.number().int(),
  /** Place-name index for place entries (-1 otherwise). */
  name: z.number().int(),
  /** The pattern as written in the pack, for "why was this flagged". */
  source: z.string(),
  /** For matchCase "exact": the pattern's words as written, whose capitals the text must have. */
  capitals: z.array(z.string()).nullable(),
});

/** One trie node: edges by token key, and the outputs of patterns ending here. */
export const TrieNode = z.object({
  edges: z.record(z.string(), z.number().int()).optional(),
  outputs: z.array(z.number().int()).optional(),
});

export const CompiledLexicon = z.object({
  formatVersion: z.literal(COMPILED_LEXICON_VERSION),
  packs: z.array(Pack),
  /** Node 0 is the root. */
  trie: z.array(TrieNode),
  outputs: z.array(CompiledOutput),
  /** The longest pattern in tokens: no walk from a start position goes further. */
  maxDepth: z.number().int(),
  /** Patterns that could not be compiled (skipped), one line each. */
  problems: z.array(z.string()),
});

export type CompiledOutput = z.infer<typeof CompiledOutput>;
export type TrieNode = z.infer<typeof TrieNode>;
export type CompiledLexicon = z.infer<typeof CompiledLexicon>;
