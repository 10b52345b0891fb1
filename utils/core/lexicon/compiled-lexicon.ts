/**
 * The serialisable form of all packs compiled into one token trie, so the content
 * script loads JSON and matches at once instead of compiling patterns at runtime.
 * It holds only what matching and analysis read (`LexiconPack`): notes, perspectives,
 * examples and timelines stay in the packs, for cards and panels.
 * A zod schema, because a compiled lexicon crosses a boundary (a file, a message);
 * the content script imports only its types, so the schemas stay out of its bundle.
 */
import { z } from 'zod';
import { ActorEntry, Pack, PlaceEntry, PlaceName, Source, TermEntry } from './schema';

import { COMPILED_LEXICON_VERSION } from './compiled-format';

export { COMPILED_LEXICON_VERSION };

/** What a trie node emits when a pattern ends there (one output; `outputAt` in match.ts reads it from the columns). */
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

/**
 * All outputs as columns indexed by output number: `JSON.parse` builds a few arrays instead of
 * ~10,000 small objects (in Node on the built-in packs, 0.7-1.3 ms against 3-4 ms for objects).
 */
export const CompiledOutputs = z.object({
  /** One letter per output (compiled-format.ts OUTPUT_KIND_CODES). */
  kind: z.string().regex(/^[ecr]*$/),
  pack: z.array(z.number().int()),
  entry: z.array(z.number().int()),
  rule: z.array(z.number().int()),
  name: z.array(z.number().int()),
  source: z.array(z.string()),
  capitals: z.array(z.array(z.string()).nullable()),
});

/** One trie node: edges by token key, and the outputs of patterns ending here. */
export const TrieNode = z.object({
  edges: z.record(z.string(), z.number().int()).optional(),
  outputs: z.array(z.number().int()).optional(),
});

const LexiconSource = Source.pick({ title: true, url: true });

/** The fields of an entry that analysis reads (findings carry sources, voice needs sides and roles). */
export const LexiconEntry = z.discriminatedUnion('kind', [
  ActorEntry.pick({ kind: true, id: true, priority: true, name: true, actorType: true, role: true, side: true, contextRules: true }).extend({
    sources: z.array(LexiconSource),
  }),
  TermEntry.pick({ kind: true, id: true, priority: true, label: true, context: true, alignsWith: true }).extend({
    sources: z.array(LexiconSource),
  }),
  PlaceEntry.pick({ kind: true, id: true, priority: true, neutralName: true, contextRules: true }).extend({
    sources: z.array(LexiconSource),
    names: z.array(PlaceName.pick({ name: true, usedBy: true, alignsWith: true })),
  }),
]);

/** The fields of a pack that analysis reads. */
export const LexiconPack = Pack.pick({ id: true, title: true, version: true, activation: true, parties: true }).extend({
  entries: z.array(LexiconEntry),
});

export const CompiledLexicon = z.object({
  formatVersion: z.literal(COMPILED_LEXICON_VERSION),
  packs: z.array(LexiconPack),
  /** Node 0 is the root. */
  trie: z.array(TrieNode),
  outputs: CompiledOutputs,
  /** The longest pattern in tokens: no walk from a start position goes further. */
  maxDepth: z.number().int(),
  /** Patterns that could not be compiled (skipped), one line each. */
  problems: z.array(z.string()),
});

export type CompiledOutput = z.infer<typeof CompiledOutput>;
export type CompiledOutputs = z.infer<typeof CompiledOutputs>;
export type TrieNode = z.infer<typeof TrieNode>;
export type LexiconEntry = z.infer<typeof LexiconEntry>;
export type LexiconPack = z.infer<typeof LexiconPack>;
export type CompiledLexicon = z.infer<typeof CompiledLexicon>;
