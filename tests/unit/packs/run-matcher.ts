/**
 * Runs text through the real lexicon matcher (compile → scan → entries), so pack
 * examples and corpus precision are measured with exactly what the extension uses.
 */
import { compileLexicon } from '../../../utils/core/lexicon/compile';
import type { CompiledLexicon } from '../../../utils/core/lexicon/compiled-lexicon';
import { findEntries } from '../../../utils/core/lexicon/find-entries';
import { createScanContext } from '../../../utils/core/lexicon/scan-context';
import type { Pack } from '../../../utils/core/lexicon/schema';

/** One finding reduced to what the pack tests compare: which entry, and the words found. */
export interface EntryHit {
  packId: string;
  entryId: string;
  text: string;
}

/** A copy of the pack that is on for every text (examples are checked with the pack forced on). */
export function forcedOn(pack: Pack): Pack {
  return { ...pack, activation: { always: true } };
}

/** Compiles packs once for many texts. */
export function compile(packs: readonly Pack[]): CompiledLexicon {
  return compileLexicon(packs);
}

/** The entries found in `text` (context rules applied, overlaps resolved, activation as compiled). */
export function findHits(lexicon: CompiledLexicon, text: string): EntryHit[] {
  const ctx = createScanContext(text, lexicon);
  return findEntries(ctx).map((f) => {
    const pack = lexicon.packs[f.pack] as Pack;
    return { packId: pack.id, entryId: pack.entries[f.entry]?.id ?? '?', text: text.slice(f.start, f.end) };
  });
}
