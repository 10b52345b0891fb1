/**
 * Compiles packs into one token trie (`CompiledLexicon`): every entry pattern, every
 * activation cue and every context-rule pattern of every pack, so one walk over the
 * text finds them all and the cost per token depends on the longest pattern, never on
 * the number of entries. Run at build time (`npm run build:lexicon`) or once at start-up.
 */
import type { CompiledLexicon, CompiledOutput, CompiledOutputs, LexiconEntry, LexiconPack, TrieNode } from './compiled-lexicon';
import { COMPILED_LEXICON_VERSION, OUTPUT_KIND_CODES } from './compiled-format';
import { contextRulesOf } from './context-rules';
import { parsePattern, type PatternToken } from './pattern';
import type { Entry, Pack } from './schema';

/** Default case rule: names need their capitals ("Turkey" is not "turkey"); terms match in any case. */
export function defaultMatchCase(entry: Entry): 'exact' | 'any' {
  return entry.matchCase ?? (entry.kind === 'term' ? 'any' : 'exact');
}

class TrieBuilder {
  readonly nodes: TrieNode[] = [{}];
  readonly outputs: CompiledOutputs = { kind: '', pack: [], entry: [], rule: [], name: [], source: [], capitals: [] };
  maxDepth = 0;

  insert(tokens: readonly PatternToken[], output: CompiledOutput): void {
    let node = 0;
    for (const token of tokens) {
      const current = this.nodes[node] as TrieNode;
      current.edges ??= {};
      const existing = Object.hasOwn(current.edges, token.key) ? current.edges[token.key] : undefined;
      if (existing === undefined) {
        this.nodes.push({});
        node = this.nodes.length - 1;
        current.edges[token.key] = node;
      } else {
        node = existing;
      }
    }
    const o = this.outputs;
    o.kind += OUTPUT_KIND_CODES[output.kind];
    o.pack.push(output.pack);
    o.entry.push(output.entry);
    o.rule.push(output.rule);
    o.name.push(output.name);
    o.source.push(output.source);
    o.capitals.push(output.capitals);
    const target = this.nodes[node] as TrieNode;
    (target.outputs ??= []).push(o.source.length - 1);
    this.maxDepth = Math.max(this.maxDepth, tokens.length);
  }
}

/** An entry without what only cards and panels read (notes, perspectives, examples, patterns). */
function lexiconEntry(entry: Entry): LexiconEntry {
  const sources = entry.sources.map((s) => ({ title: s.title, url: s.url }));
  const priority = entry.priority === undefined ? {} : { priority: entry.priority };
  if (entry.kind === 'actor') {
    const { kind, id, name, actorType, role, side } = entry;
    return { kind, id, ...priority, name, actorType, role, side, ...(entry.contextRules ? { contextRules: entry.contextRules } : {}), sources };
  }
  if (entry.kind === 'term') {
    const { kind, id, label, alignsWith } = entry;
    return { kind, id, ...priority, label, ...(entry.context ? { context: entry.context } : {}), alignsWith, sources };
  }
  const names = entry.names.map((n) => ({ name: n.name, usedBy: n.usedBy, alignsWith: n.alignsWith }));
  const rules = entry.contextRules ? { contextRules: entry.contextRules } : {};
  return { kind: entry.kind, id: entry.id, ...priority, neutralName: entry.neutralName, names, ...rules, sources };
}

/** A pack reduced to what matching and analysis read. */
export function lexiconPack(pack: Pack): LexiconPack {
  const { id, title, version, activation, parties } = pack;
  return { id, title, version, activation, parties, entries: pack.entries.map(lexiconEntry) };
}

type OutputBase = Omit<CompiledOutput, 'source' | 'capitals'>;

/** Compiles validated packs; patterns that fail to parse are skipped and listed in `problems`. */
export function compileLexicon(packs: readonly Pack[]): CompiledLexicon {
  const trie = new TrieBuilder();
  const problems: string[] = [];
  const add = (packId: string, where: string, pattern: string, base: OutputBase, exact: boolean): void => {
    const parsed = parsePattern(pattern);
    if (!parsed.ok) {
      problems.push(`${packId} ${where}: ${parsed.error}`);
      return;
    }
    for (const alternative of parsed.alternatives) {
      const capitals = exact ? alternative.map((t) => t.raw) : null;
      trie.insert(alternative, { ...base, source: pattern, capitals });
    }
  };
  packs.forEach((pack, p) => {
    if ('cues' in pack.activation) {
      pack.activation.cues.forEach((cue, c) =>
        add(pack.id, `activation.cues[${c}]`, cue, { kind: 'cue', pack: p, entry: -1, rule: -1, name: -1 }, false),
      );
    }
    pack.entries.forEach((entry, e) => {
      const exact = defaultMatchCase(entry) === 'exact';
      const base = { kind: 'entry', pack: p, entry: e, rule: -1, name: -1 } as const;
      if (entry.kind === 'place') {
        entry.names.forEach((name, n) =>
          name.patterns.forEach((pattern, k) => add(pack.id, `${entry.id}.names[${n}].patterns[${k}]`, pattern, { ...base, name: n }, exact)),
        );
      } else {
        entry.patterns.forEach((pattern, k) => add(pack.id, `${entry.id}.patterns[${k}]`, pattern, base, exact));
      }
      const where = entry.kind === 'term' ? 'context' : 'contextRules';
      contextRulesOf(entry).forEach((rule, r) => {
        if (!('patterns' in rule)) return;
        rule.patterns.forEach((pattern, k) =>
          add(pack.id, `${entry.id}.${where}[${r}].patterns[${k}]`, pattern, { kind: 'rule', pack: p, entry: e, rule: r, name: -1 }, false),
        );
      });
    });
  });
  return {
    formatVersion: COMPILED_LEXICON_VERSION,
    packs: packs.map(lexiconPack),
    trie: trie.nodes,
    outputs: trie.outputs,
    maxDepth: trie.maxDepth,
    problems,
  };
}
