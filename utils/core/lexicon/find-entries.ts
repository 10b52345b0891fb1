/**
 * From raw trie matches to entry findings: switch packs on by their cues, keep matches
 * whose entry's context rules hold, then resolve overlaps (within a pack: higher priority, then
 * longer, then earlier wins; across packs, of two overlapping findings of the same kind
 * the one from the more specific, cue-activated pack is kept).
 */
import { contextRulesOf, evaluateContext } from './context-rules';
import { outputAt, type RawMatch } from './match';
import { charSpan, type ScanContext } from './scan-context';
import type { LexiconEntry, LexiconPack } from './compiled-lexicon';

/** A lexicon entry found in the text. */
export interface EntryFinding {
  pack: number;
  entry: number;
  /** Place-name index for places, else -1. */
  name: number;
  /** Token range [first, end) and character range [start, end). */
  first: number;
  endToken: number;
  start: number;
  end: number;
  /** The pattern as written in the pack. */
  pattern: string;
  /** Context conditions that held, in words. */
  conditions: string[];
}

/** Whether each pack is on for this text: always-on packs, or enough activation cues. */
export function activePacks(ctx: ScanContext): boolean[] {
  return ctx.lexicon.packs.map((pack, p) =>
    'always' in pack.activation ? true : (ctx.cueHits[p] ?? 0) >= pack.activation.minHits,
  );
}

function entryOf(ctx: ScanContext, f: EntryFinding): LexiconEntry | undefined {
  return ctx.lexicon.packs[f.pack]?.entries[f.entry];
}

function candidate(ctx: ScanContext, m: RawMatch, active: readonly boolean[]): EntryFinding | null {
  const out = outputAt(ctx.lexicon, m.output);
  if (!out || !active[out.pack]) return null;
  const entry = (ctx.lexicon.packs[out.pack] as LexiconPack).entries[out.entry];
  if (!entry) return null;
  let conditions: string[] = [];
  const rules = contextRulesOf(entry);
  if (rules.length > 0) {
    const outcome = evaluateContext(ctx, rules, m, out.pack, out.entry, out.source);
    if (!outcome.ok) return null;
    conditions = outcome.conditions;
  }
  const span = charSpan(ctx, m.first, m.end);
  return { pack: out.pack, entry: out.entry, name: out.name, first: m.first, endToken: m.end, ...span, pattern: out.source, conditions };
}

function byPreference(ctx: ScanContext) {
  const priority = (f: EntryFinding): number => entryOf(ctx, f)?.priority ?? 0;
  return (a: EntryFinding, b: EntryFinding): number =>
    priority(b) - priority(a) || b.end - b.start - (a.end - a.start) || a.start - b.start || a.entry - b.entry;
}

/** Marks token ranges as taken; a range is free when none of its tokens is (linear in the match length). */
class Coverage {
  private readonly taken: Uint8Array;
  constructor(size: number) {
    this.taken = new Uint8Array(size);
  }
  free(f: EntryFinding): boolean {
    for (let i = f.first; i < f.endToken; i++) if (this.taken[i]) return false;
    return true;
  }
  take(f: EntryFinding): void {
    this.taken.fill(1, f.first, f.endToken);
  }
}

/** Greedy non-overlapping selection in preference order. */
function resolveWithinPack(ctx: ScanContext, findings: EntryFinding[]): EntryFinding[] {
  const coverage = new Coverage(ctx.tokens.length);
  const kept: EntryFinding[] = [];
  for (const f of findings.sort(byPreference(ctx))) {
    if (!coverage.free(f)) continue;
    coverage.take(f);
    kept.push(f);
  }
  return kept;
}

/** Entry findings of all active packs, context rules applied and overlaps resolved, in text order. */
export function findEntries(ctx: ScanContext): EntryFinding[] {
  const active = activePacks(ctx);
  const byPack = new Map<number, EntryFinding[]>();
  for (const m of ctx.entryMatches) {
    const f = candidate(ctx, m, active);
    if (!f) continue;
    const list = byPack.get(f.pack) ?? [];
    list.push(f);
    byPack.set(f.pack, list);
  }
  // Cue-activated (specific) packs first, so their notes win identical spans over always-on packs.
  const packOrder = [...byPack.keys()].sort((a, b) => {
    const always = (p: number): number => ('always' in (ctx.lexicon.packs[p] as LexiconPack).activation ? 1 : 0);
    return always(a) - always(b) || a - b;
  });
  const result: EntryFinding[] = [];
  const byKind = new Map<string, Coverage>();
  for (const p of packOrder) {
    for (const f of resolveWithinPack(ctx, byPack.get(p) ?? [])) {
      const kind = entryOf(ctx, f)?.kind ?? '';
      const coverage = byKind.get(kind) ?? new Coverage(ctx.tokens.length);
      byKind.set(kind, coverage);
      if (!coverage.free(f)) continue;
      coverage.take(f);
      result.push(f);
    }
  }
  return result.sort((a, b) => a.start - b.start || a.end - b.end);
}
