/**
 * Evaluates a term's context rules (schema.ts `ContextRule`) for one match. Every rule
 * must hold; each one that holds is described in plain words for "why was this flagged".
 */
import type { RawMatch } from './match';
import { charSpan, ruleKey, type ScanContext } from './scan-context';
import type { LexiconPack } from './compiled-lexicon';
import type { ContextRule } from './schema';
import { nextPhraseStarts, previousPhraseEnds } from '../text/phrases';

/** The outcome for one match: whether all rules hold, and what held. */
export interface ContextOutcome {
  ok: boolean;
  conditions: string[];
}

const KIND_WORDS = { actor: 'an actor', place: 'a place' } as const;

function kindsText(kinds: readonly ('actor' | 'place')[]): string {
  return kinds.map((k) => KIND_WORDS[k]).join(' or ');
}

/** Actor and place matches by pack, built once per text: context rules ask for them per term match. */
const mentionCache = new WeakMap<ScanContext, Map<number, RawMatch[]>>();

function mentionsOf(ctx: ScanContext, p: number): RawMatch[] {
  let byPack = mentionCache.get(ctx);
  if (!byPack) {
    byPack = new Map();
    for (const m of ctx.entryMatches) {
      const pack = ctx.lexicon.outputs.pack[m.output] ?? -1;
      const kind = ctx.lexicon.packs[pack]?.entries[ctx.lexicon.outputs.entry[m.output] ?? -1]?.kind;
      if (kind !== 'actor' && kind !== 'place') continue;
      const list = byPack.get(pack) ?? [];
      list.push(m);
      byPack.set(pack, list);
    }
    mentionCache.set(ctx, byPack);
  }
  return byPack.get(p) ?? [];
}

/** Actor/place matches of pack `p` whose entry kind is in `kinds` (and id in `ids`), optionally in one sentence. */
function packMentions(ctx: ScanContext, p: number, kinds: readonly string[], ids?: readonly string[], sentence?: number): RawMatch[] {
  const pack = ctx.lexicon.packs[p] as LexiconPack;
  return mentionsOf(ctx, p).filter((m) => {
    if (sentence !== undefined && ctx.sentenceOf[m.first] !== sentence) return false;
    const entry = pack.entries[ctx.lexicon.outputs.entry[m.output] ?? -1];
    return !!entry && kinds.includes(entry.kind) && (!ids || ids.includes(entry.id));
  });
}

function quoted(ctx: ScanContext, m: RawMatch): string {
  const span = charSpan(ctx, m.first, m.end);
  return `"${ctx.source.slice(span.start, span.end)}"`;
}

function evaluateRule(ctx: ScanContext, rule: ContextRule, m: RawMatch, p: number, e: number, r: number): string | null {
  const pack = ctx.lexicon.packs[p] as LexiconPack;
  const sentence = ctx.sentences[ctx.sentenceOf[m.first] ?? 0];
  if (!sentence) return null;
  const sameSentence = (x: RawMatch): boolean => ctx.sentenceOf[x.first] === ctx.sentenceOf[m.first];
  const rulePatterns = (): readonly RawMatch[] => (ctx.ruleMatches.get(ruleKey(p, e, r)) ?? []).filter(sameSentence);
  switch (rule.type) {
    case 'sentence-mentions': {
      // A mention inside the match counts ("so-called TRNC" mentions the TRNC).
      const hit = packMentions(ctx, p, rule.kinds, rule.ids, ctx.sentenceOf[m.first]).find((x) => !(x.first === m.first && x.end === m.end));
      return hit ? `${kindsText(rule.kinds)} of the ${pack.title} pack (${quoted(ctx, hit)}) in the same sentence` : null;
    }
    case 'next-phrase-is': {
      const starts = new Set(nextPhraseStarts(ctx.tokens, m.end - 1, sentence.endToken, rule.within));
      const hit = packMentions(ctx, p, rule.kinds, undefined, ctx.sentenceOf[m.first]).find((x) => starts.has(x.first));
      return hit ? `followed by ${kindsText(rule.kinds)} of the ${pack.title} pack (${quoted(ctx, hit)})` : null;
    }
    case 'previous-phrase-is': {
      const ends = new Set(previousPhraseEnds(ctx.tokens, m.first, sentence.firstToken, rule.within));
      const hit = packMentions(ctx, p, rule.kinds, undefined, ctx.sentenceOf[m.first]).find((x) => ends.has(x.end - 1));
      return hit ? `after ${kindsText(rule.kinds)} of the ${pack.title} pack (${quoted(ctx, hit)})` : null;
    }
    case 'preceded-by': {
      const hit = rulePatterns().find((x) => x.end <= m.first && (ctx.wordsBefore[m.first] ?? 0) - (ctx.wordsBefore[x.end] ?? 0) < rule.within);
      return hit ? `preceded by ${quoted(ctx, hit)}` : null;
    }
    case 'followed-by': {
      const hit = rulePatterns().find((x) => x.first >= m.end && (ctx.wordsBefore[x.first] ?? 0) - (ctx.wordsBefore[m.end] ?? 0) < rule.within);
      return hit ? `followed by ${quoted(ctx, hit)}` : null;
    }
    case 'sentence-has': {
      const hit = rulePatterns()[0];
      return hit ? `the sentence has ${quoted(ctx, hit)}` : null;
    }
    case 'sentence-lacks':
      return rulePatterns().length === 0 ? `the sentence has none of ${rule.patterns.map((x) => `"${x}"`).join(', ')}` : null;
    case 'capitalised': {
      const first = ctx.tokens[m.first]?.text.charAt(0) ?? '';
      const capital = first !== first.toLowerCase();
      // At the start of a sentence or headline a capital says nothing, so `value: false` still holds there.
      const sentenceStart = ctx.tokens.slice(sentence.firstToken, m.first).every((t) => t.kind !== 'word');
      if (capital === rule.value) return rule.value ? 'written with a capital' : 'written in lower case';
      return !rule.value && sentenceStart ? 'at the start of a sentence' : null;
    }
  }
}

/** Checks every context rule of entry `e` in pack `p` for match `m`. */
export function evaluateContext(ctx: ScanContext, rules: readonly ContextRule[], m: RawMatch, p: number, e: number): ContextOutcome {
  const conditions: string[] = [];
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r] as ContextRule;
    const held = evaluateRule(ctx, rule, m, p, e, r);
    if (held === null) return { ok: false, conditions };
    conditions.push(held);
  }
  return { ok: true, conditions };
}
