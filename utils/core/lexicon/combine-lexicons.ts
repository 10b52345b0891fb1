/**
 * Combining compiled lexicons without compiling patterns again: the built-in lexicon (compiled
 * at build time) plus the reader's packs (compiled when they were saved), and packs the reader
 * switched off. Both give the same findings as compiling the resulting pack list from scratch.
 */
import type { CompiledLexicon, LexiconPack, TrieNode } from './compiled-lexicon';

/** An activation no text reaches: the pack's entries, cues and rules never count. */
const NEVER = { cues: [], minHits: Number.POSITIVE_INFINITY };

/**
 * The lexicon with the packs whose id is in `off` switched off (their trie paths stay, but
 * `activePacks` never turns them on, so they yield nothing).
 */
export function withPacksOff(lexicon: CompiledLexicon, off: ReadonlySet<string>): CompiledLexicon {
  if (!lexicon.packs.some((p) => off.has(p.id))) return lexicon;
  const packs = lexicon.packs.map((p): LexiconPack => (off.has(p.id) ? { ...p, activation: NEVER } : p));
  return { ...lexicon, packs };
}

/**
 * `base` followed by the packs of `extra` (as if compiled in that order). `base` is not changed:
 * the nodes that gain edges or outputs are copied. Cost: the size of `extra`'s trie.
 */
export function mergeLexicons(base: CompiledLexicon, extra: CompiledLexicon): CompiledLexicon {
  const packOffset = base.packs.length;
  const outputOffset = base.outputs.source.length;
  const trie = [...base.trie];
  const copied = new Set<number>();
  const writable = (n: number): TrieNode => {
    const node = trie[n] as TrieNode;
    if (copied.has(n)) return node;
    const copy: TrieNode = {};
    if (node.edges) copy.edges = Object.assign(Object.create(null) as Record<string, number>, node.edges);
    if (node.outputs) copy.outputs = [...node.outputs];
    trie[n] = copy;
    copied.add(n);
    return copy;
  };
  // Depth-first over extra's trie, with the matching node in the merged trie.
  const stack: [number, number][] = [[0, 0]];
  while (stack.length > 0) {
    const [from, to] = stack.pop() as [number, number];
    const source = extra.trie[from] as TrieNode;
    if (source.outputs?.length) {
      const target = writable(to);
      target.outputs = [...(target.outputs ?? []), ...source.outputs.map((o) => o + outputOffset)];
    }
    for (const [key, next] of Object.entries(source.edges ?? {})) {
      const current = trie[to] as TrieNode;
      let child = current.edges && Object.hasOwn(current.edges, key) ? current.edges[key] : undefined;
      if (child === undefined) {
        trie.push({});
        child = trie.length - 1;
        copied.add(child);
        const target = writable(to);
        target.edges ??= Object.create(null) as Record<string, number>;
        target.edges[key] = child;
      }
      stack.push([next, child]);
    }
  }
  const a = base.outputs;
  const b = extra.outputs;
  return {
    formatVersion: base.formatVersion,
    packs: [...base.packs, ...extra.packs],
    trie,
    outputs: {
      kind: a.kind + b.kind,
      pack: [...a.pack, ...b.pack.map((p) => p + packOffset)],
      entry: [...a.entry, ...b.entry],
      rule: [...a.rule, ...b.rule],
      name: [...a.name, ...b.name],
      source: [...a.source, ...b.source],
      capitals: [...a.capitals, ...b.capitals],
    },
    maxDepth: Math.max(base.maxDepth, extra.maxDepth),
    problems: [...base.problems, ...extra.problems],
  };
}
