/**
 * For the `not-in-longer-name` context rule: is a match the first or last word of a longer
 * capitalised name ("Denzel Washington", "Georgia Tech", "Paris Hilton")? A neighbour counts
 * only when it is a name word separated from the match by spaces alone (no comma, hyphen or
 * line break), and is not a title, role, weekday or month ("President Herzog", "Secretary of State
 * Blinken", "Moscow Thursday").
 */
import { isNameWord } from '../actors/speaker-name';
import { ROLE_NOUNS, TITLE_WORDS } from '../voice/speech-words';
import type { Token } from '../text/tokenize';

/** Capitalised words that stand next to a name without being part of it: dates and short titles ("PM Netanyahu"). */
const NOT_NAME_PARTS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'pm', 'fm', 'lt', 'sen', 'gov', 'amb', 'adm', 'capt', 'cpl', 'pres', 'hon', 'gen', 'col', 'maj', 'sgt',
]);
/** The last word of a title before a name ("Secretary of State Blinken", "Chief of Staff Halevi", "Minister of Defence Gallant"). */
const TITLE_ENDINGS = new Set(['state', 'staff', 'defence', 'defense', 'affairs', 'interior', 'justice', 'finance']);

function joinedBySpaces(source: string, a: Token, b: Token): boolean {
  return /^[ \t\u00a0]+$/.test(source.slice(a.end, b.start));
}

function isNamePart(t: Token | undefined): boolean {
  return !!t && isNameWord(t) && !TITLE_WORDS.has(t.key) && !ROLE_NOUNS.has(t.key) && !NOT_NAME_PARTS.has(t.key);
}

function glued(a: Token | undefined, b: Token | undefined): boolean {
  return !!a && !!b && a.end === b.start;
}

/** The match widened to its whole hyphenated compound: "al-Assad" in "Maher al-Assad" starts at "al". */
function compound(tokens: readonly Token[], first: number, end: number): { first: number; end: number } {
  let f = first;
  while (tokens[f - 1]?.kind === 'hyphen' && tokens[f - 2]?.kind === 'word' && glued(tokens[f - 2], tokens[f - 1]) && glued(tokens[f - 1], tokens[f])) f -= 2;
  let e = end;
  while (tokens[e]?.kind === 'hyphen' && tokens[e + 1]?.kind === 'word' && glued(tokens[e - 1], tokens[e]) && glued(tokens[e], tokens[e + 1])) e += 2;
  return { first: f, end: e };
}

/** The side (`before` or `after`) on which the match [first, end) continues into a longer name, or null. */
export function longerNameSide(
  source: string,
  tokens: readonly Token[],
  first: number,
  end: number,
  sides: readonly ('before' | 'after')[],
): 'before' | 'after' | null {
  ({ first, end } = compound(tokens, first, end));
  const a = tokens[first];
  const b = tokens[end - 1];
  if (!a || !b) return null;
  const prev = tokens[first - 1];
  // "Russia's Georgia policy": a possessive ends the name before it.
  const titleEnd = prev?.key !== undefined && TITLE_ENDINGS.has(prev.key) && tokens[first - 2]?.key === 'of';
  if (sides.includes('before') && prev && !prev.possessive && !titleEnd && isNamePart(prev) && joinedBySpaces(source, prev, a)) return 'before';
  const next = tokens[end];
  // "Georgia's Parliament": a possessive ends the match's own name.
  if (sides.includes('after') && next && !b.possessive && isNamePart(next) && joinedBySpaces(source, b, next)) return 'after';
  return null;
}
