/**
 * Demonyms of the states an article names: "Turkish officials" belong to Turkey, "Azerbaijani
 * officials" to Azerbaijan, when Turkey and Azerbaijan are actors found in the same text. No word
 * list: a demonym is the state's name without its final vowel or "-ey", plus a common suffix
 * ("Armeni|an", "Azerbaijan|i", "Turk|ish", "Iran|ian"). Names that do not follow the rule
 * ("French", "American") are simply not linked.
 */
import type { ActorMention } from './actor-mention';
import { foldKey } from '../text/tokenize';

/** Endings that turn a state's stem into its adjective. */
const DEMONYM_SUFFIXES = ['n', 'an', 'ian', 'i', 'ish', 'ese', 'ean'];
/** Endings dropped from a state's name before adding a suffix ("Turkey" → "Turk", "Syria" → "Syri"). */
const STEM_ENDINGS = /(?:ey|a|e|y)$/;
/** Shortest stem, so two-letter names never match by accident. */
const MIN_STEM_CHARS = 3;

/** Folded adjective → the state actor it belongs to, for the states among `mentions`. */
export function demonymIndex(mentions: readonly ActorMention[], source: string): Map<string, ActorMention> {
  const index = new Map<string, ActorMention>();
  // A state is named many times on a long page; a name as written that was indexed before adds nothing (the first wins).
  const indexed = new Set<string>();
  for (const m of mentions) {
    if (m.actorType !== 'state') continue;
    const written = source.slice(m.start, m.end);
    const seenAs = `${m.name}\u0000${written}`;
    if (indexed.has(seenAs)) continue;
    indexed.add(seenAs);
    const names = [m.name.split('(')[0] ?? '', written].map((n) => foldKey(n.trim())).filter((n) => /^\p{L}+$/u.test(n));
    for (const name of names) {
      for (const stem of new Set([name, name.replace(STEM_ENDINGS, '')])) {
        if (stem.length < MIN_STEM_CHARS) continue;
        for (const suffix of DEMONYM_SUFFIXES) if (!index.has(stem + suffix)) index.set(stem + suffix, m);
      }
    }
  }
  return index;
}
