/**
 * The name an unknown speaker goes by: the words of its speaker phrase that name it, without
 * what only describes it. "a charge | Armenian officials", "NASA Administrator | Jim
 * Bridenstine" (role "NASA Administrator"), "Mr | Obama", "43-year-old | Martin Taylor". A
 * phrase that names nobody ("The", "We're", a lone "office" or "spokesman") has no name.
 */
import type { ScanContext } from '../lexicon/scan-context';
import { CONTRACTION, FUNCTION_WORDS, PEOPLE_NOUNS, ROLE_NOUNS, SPEAKER_NOUNS, TITLE_WORDS } from '../voice/speech-words';
import type { Token } from '../text/tokenize';

/** Titles that are courtesy, not a role ("Mr Holt" has no role). */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'sir', 'dame', 'lord', 'lady']);

/** Where an unknown speaker's name starts, and the role written before it. */
export interface SpeakerName {
  first: number;
  role: string | undefined;
}

function capitalised(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && t.text.charAt(0) !== t.text.charAt(0).toLowerCase();
}

/** A word that can be part of a name: capitalised and not a closed-class word ("The", "If"), or an acronym ("US", "NASA"). */
export function isNameWord(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || !capitalised(t)) return false;
  if (t.text.length > 1 && t.text === t.text.toUpperCase() && /\p{L}/u.test(t.text)) return true;
  return !FUNCTION_WORDS.has(t.key) && !CONTRACTION.test(t.key);
}

/** A lower-case-headed name starts at its first name or role word: "a charge | Armenian officials denied". */
function trimLeadingWords(ctx: ScanContext, from: number, head: number): number {
  for (let i = from; i < head; i++) {
    const t = ctx.tokens[i];
    if (!t || FUNCTION_WORDS.has(t.key)) continue;
    if (isNameWord(t) || ROLE_NOUNS.has(t.key) || SPEAKER_NOUNS.has(t.key) || t.kind === 'hyphen' || ctx.tokens[i + 1]?.kind === 'hyphen') return i;
    if (!ctx.tokens.slice(i + 1, head + 1).some((x) => isNameWord(x))) return i; // "presidential press office": keep its modifiers
  }
  return head;
}

/**
 * The name of the unknown speaker whose phrase runs from token `from` to its head `head`, or null
 * when the phrase names nobody. `affiliated`: the phrase belongs to a known actor ("Azerbaijan's
 * presidential administration"), which is a name enough.
 */
export function speakerName(ctx: ScanContext, from: number, head: number, affiliated: boolean): SpeakerName | null {
  const tokens = ctx.tokens;
  const h = tokens[head];
  if (!h || h.kind !== 'word' || from > head) return null;
  if (!isNameWord(h)) {
    if (capitalised(h) || FUNCTION_WORDS.has(h.key) || CONTRACTION.test(h.key)) return null;
    const first = trimLeadingWords(ctx, from, head);
    const named = tokens.slice(first, head).some((t) => isNameWord(t));
    // "the office said", "a press spokesman said": a singular noun without a name names nobody; "residents said" is a group.
    if (!named && !affiliated && !PEOPLE_NOUNS.has(h.key)) return null;
    return { first, role: undefined };
  }
  // A capitalised head: the run of name words that ends at it ("Martin Taylor"), after any title ("CEO", "Mr").
  let first = head;
  while (first - 1 >= from) {
    const prev = tokens[first - 1];
    if (isNameWord(prev) && !prev?.possessive) first--;
    else if (prev?.kind === 'hyphen' && isNameWord(tokens[first - 2]) && first - 2 >= from) first -= 2;
    else break;
  }
  let nameFirst = first;
  for (let i = first; i < head; i++) if (TITLE_WORDS.has(tokens[i]?.key ?? '')) nameFirst = i + 1;
  const prefix = tokens.slice(from, nameFirst).filter((t) => t.kind === 'word' && !FUNCTION_WORDS.has(t.key));
  const hasRole = prefix.some((t) => (ROLE_NOUNS.has(t.key) || TITLE_WORDS.has(t.key)) && !HONORIFICS.has(t.key));
  const roleFirst = prefix[0];
  const roleLast = tokens[nameFirst - 1];
  const role = hasRole && roleFirst && roleLast ? ctx.source.slice(roleFirst.start, roleLast.end) : undefined;
  return { first: nameFirst, role };
}
