/**
 * Evaluates an entry's context rules (schema.ts `ContextRule`: a term's `context`, an actor's
 * or place's `contextRules`) for one match. Every rule must hold; each one that holds is
 * described in plain words for "why was this flagged".
 */
import type { RawMatch } from './match';
import { charSpan, ruleKey, type ScanContext } from './scan-context';
import type { LexiconEntry, LexiconPack } from './compiled-lexicon';
import { longerNameSide } from './name-neighbours';
import type { ContextRule, Entry } from './schema';
import { nextPhraseStarts, previousPhraseEnds } from '../text/phrases';

/** The outcome for one match: whether all rules hold, and what held. */
export interface ContextOutcome {
  ok: boolean;
  conditions: string[];
}

/** The context rules of any entry kind: terms call them `context`; actors and places, whose `context` is a note, `contextRules`. */
export function contextRulesOf(entry: Entry | LexiconEntry): readonly ContextRule[] {
  return (entry.kind === 'term' ? entry.context : entry.contextRules) ?? [];
}

const KIND_WORDS = { actor: 'an actor', place: 'a place' } as const;

function kindsText(kinds: readonly ('actor' | 'place')[]): string {
  return kinds.map((k) => KIND_WORDS[k]).join(' or ');
}

/** Actor and place matches of one text, by pack index. */
type MentionsByPack = ReadonlyMap<number, readonly RawMatch[]>;

function entryAt(ctx: ScanContext, m: RawMatch): { pack: number; entry: number; value: LexiconEntry | undefined } {
  const pack = ctx.lexicon.outputs.pack[m.output] ?? -1;
  const entry = ctx.lexicon.outputs.entry[m.output] ?? -1;
  return { pack, entry, value: ctx.lexicon.packs[pack]?.entries[entry] };
}

/**
 * Actor and place matches whose own context rules hold, built once per text: the mentions that
 * `sentence-mentions` and the phrase rules look for ("Washington Post" is no mention of the United
 * States). An actor's rules may ask for other mentions in turn, so mentions are confirmed until
 * nothing changes. That terminates, because only positive rules read mentions and so a confirmed
 * mention never becomes unconfirmed.
 */
const mentionCache = new WeakMap<ScanContext, MentionsByPack>();

function confirmedMentions(ctx: ScanContext): MentionsByPack {
  const cached = mentionCache.get(ctx);
  if (cached) return cached;
  const confirmed = new Map<number, RawMatch[]>();
  const add = (pack: number, m: RawMatch): void => {
    const list = confirmed.get(pack) ?? [];
    list.push(m);
    confirmed.set(pack, list);
  };
  let pending: RawMatch[] = [];
  for (const m of ctx.entryMatches) {
    const { pack, value } = entryAt(ctx, m);
    if (value?.kind !== 'actor' && value?.kind !== 'place') continue;
    if (contextRulesOf(value).length === 0) add(pack, m);
    else pending.push(m);
  }
  for (let changed = true; changed && pending.length > 0; ) {
    changed = false;
    const still: RawMatch[] = [];
    for (const m of pending) {
      const { pack, entry, value } = entryAt(ctx, m);
      const where = { pack, entry, pattern: ctx.lexicon.outputs.source[m.output] };
      if (value && allHold(ctx, contextRulesOf(value), m, where, confirmed).ok) {
        add(pack, m);
        changed = true;
      } else {
        still.push(m);
      }
    }
    pending = still;
  }
  for (const list of confirmed.values()) list.sort((a, b) => a.first - b.first || a.end - b.end);
  mentionCache.set(ctx, confirmed);
  return confirmed;
}

/** Actor/place mentions of pack `p` whose entry kind is in `kinds` (and id in `ids`), optionally in one sentence. */
function packMentions(
  ctx: ScanContext,
  mentions: MentionsByPack,
  p: number,
  kinds: readonly string[],
  ids?: readonly string[],
  sentence?: number,
): RawMatch[] {
  const pack = ctx.lexicon.packs[p] as LexiconPack;
  return (mentions.get(p) ?? []).filter((m) => {
    if (sentence !== undefined && ctx.sentenceOf[m.first] !== sentence) return false;
    const entry = pack.entries[ctx.lexicon.outputs.entry[m.output] ?? -1];
    return !!entry && kinds.includes(entry.kind) && (!ids || ids.includes(entry.id));
  });
}

function quoted(ctx: ScanContext, m: RawMatch): string {
  const span = charSpan(ctx, m.first, m.end);
  return `"${ctx.source.slice(span.start, span.end)}"`;
}

/** Rules listing many words ("not followed by" a dozen) are named by their first few in "why was this found". */
const LISTED_PATTERNS = 4;

function patternList(patterns: readonly string[], max = patterns.length): string {
  const shown = patterns.slice(0, max).map((x) => `"${x}"`).join(', ');
  return patterns.length > max ? `${shown} or ${patterns.length - max} more` : shown;
}

function evaluateRule(ctx: ScanContext, rule: ContextRule, m: RawMatch, p: number, e: number, r: number, mentions: MentionsByPack): string | null {
  const pack = ctx.lexicon.packs[p] as LexiconPack;
  const sentence = ctx.sentences[ctx.sentenceOf[m.first] ?? 0];
  if (!sentence) return null;
  const sameSentence = (x: RawMatch): boolean => ctx.sentenceOf[x.first] === ctx.sentenceOf[m.first];
  const rulePatterns = (): readonly RawMatch[] => (ctx.ruleMatches.get(ruleKey(p, e, r)) ?? []).filter(sameSentence);
  const wordsBetween = (from: number, to: number): number => (ctx.wordsBefore[to] ?? 0) - (ctx.wordsBefore[from] ?? 0);
  const before = (within: number): RawMatch | undefined => rulePatterns().find((x) => x.end <= m.first && wordsBetween(x.end, m.first) < within);
  const after = (within: number): RawMatch | undefined => rulePatterns().find((x) => x.first >= m.end && wordsBetween(m.end, x.first) < within);
  switch (rule.type) {
    case 'sentence-mentions': {
      // A mention inside the match counts ("so-called TRNC" mentions the TRNC).
      const hit = packMentions(ctx, mentions, p, rule.kinds, rule.ids, ctx.sentenceOf[m.first]).find((x) => !(x.first === m.first && x.end === m.end));
      return hit ? `${kindsText(rule.kinds)} of the ${pack.title} pack (${quoted(ctx, hit)}) in the same sentence` : null;
    }
    case 'next-phrase-is': {
      const starts = new Set(nextPhraseStarts(ctx.tokens, m.end - 1, sentence.endToken, rule.within));
      const hit = packMentions(ctx, mentions, p, rule.kinds, undefined, ctx.sentenceOf[m.first]).find((x) => starts.has(x.first));
      return hit ? `followed by ${kindsText(rule.kinds)} of the ${pack.title} pack (${quoted(ctx, hit)})` : null;
    }
    case 'previous-phrase-is': {
      const ends = new Set(previousPhraseEnds(ctx.tokens, m.first, sentence.firstToken, rule.within));
      const hit = packMentions(ctx, mentions, p, rule.kinds, undefined, ctx.sentenceOf[m.first]).find((x) => ends.has(x.end - 1));
      return hit ? `after ${kindsText(rule.kinds)} of the ${pack.title} pack (${quoted(ctx, hit)})` : null;
    }
    case 'preceded-by': {
      const hit = before(rule.within);
      return hit ? `preceded by ${quoted(ctx, hit)}` : null;
    }
    case 'followed-by': {
      const hit = after(rule.within);
      return hit ? `followed by ${quoted(ctx, hit)}` : null;
    }
    case 'not-preceded-by':
      return before(rule.within) ? null : `not preceded by ${patternList(rule.patterns, LISTED_PATTERNS)}`;
    case 'not-followed-by':
      return after(rule.within) ? null : `not followed by ${patternList(rule.patterns, LISTED_PATTERNS)}`;
    case 'not-in-longer-name':
      return longerNameSide(ctx.source, ctx.tokens, m.first, m.end, rule.sides) ? null : 'not part of a longer name';
    case 'sentence-has': {
      const hit = rulePatterns()[0];
      return hit ? `the sentence has ${quoted(ctx, hit)}` : null;
    }
    case 'sentence-lacks':
      return rulePatterns().length === 0 ? `the sentence has none of ${patternList(rule.patterns)}` : null;
    case 'all-capitals': {
      const written = ctx.tokens.slice(m.first, m.end).filter((t) => t.kind === 'word');
      const capitals = written.every((t) => t.text === t.text.toUpperCase() && t.text !== t.text.toLowerCase());
      if (capitals === rule.value) return rule.value ? 'written in capitals' : 'not written in capitals only';
      // A headline set wholly in capitals says nothing about the match, so `value: false` still holds there.
      const words = ctx.tokens.slice(sentence.firstToken, sentence.endToken).filter((t) => t.kind === 'word');
      const headline = words.every((t) => t.text === t.text.toUpperCase());
      return !rule.value && headline ? 'in a headline in capitals' : null;
    }
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

/** Whether `rule` is for matches of `pattern` (a rule without `appliesTo` is for all of them). */
function appliesTo(rule: ContextRule, pattern: string | undefined): boolean {
  return !rule.appliesTo || (pattern !== undefined && rule.appliesTo.includes(pattern));
}

function allHold(
  ctx: ScanContext,
  rules: readonly ContextRule[],
  m: RawMatch,
  where: { pack: number; entry: number; pattern: string | undefined },
  mentions: MentionsByPack,
): ContextOutcome {
  const conditions: string[] = [];
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r] as ContextRule;
    if (!appliesTo(rule, where.pattern)) continue;
    const held = evaluateRule(ctx, rule, m, where.pack, where.entry, r, mentions);
    if (held === null) return { ok: false, conditions };
    conditions.push(held);
  }
  return { ok: true, conditions };
}

/**
 * Checks the context rules of entry `e` in pack `p` for match `m`, a match of the entry's `pattern`
 * (as written in the pack; a surname mention passes the surname): rules with an `appliesTo` that
 * does not name the pattern are skipped.
 */
export function evaluateContext(ctx: ScanContext, rules: readonly ContextRule[], m: RawMatch, p: number, e: number, pattern?: string): ContextOutcome {
  return allHold(ctx, rules, m, { pack: p, entry: e, pattern }, confirmedMentions(ctx));
}
