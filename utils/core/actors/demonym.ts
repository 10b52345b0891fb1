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
  for (const m of mentions) {
    if (m.actorType !== 'state') continue;
    const names = [m.name.split('(')[0] ?? '', source.slice(m.start, m.end)].map((n) => foldKey(n.trim())).filter((n) => /^\p{L}+$/u.test(n));
    for (const name of names) {
      for (const stem of new Set([name, name.replace(STEM_ENDINGS, '')])) {
        if (stem.length < MIN_STEM_CHARS) continue;
        for (const suffix of DEMONYM_SUFFIXES) if (!index.has(stem + suffix)) index.set(stem + suffix, m);
      }
    }
  }
  return index;
}
