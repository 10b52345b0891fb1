/**
 * Runs text through the real lexicon matcher (compile → scan → entries), so pack
 * examples and corpus precision are measured with exactly what the extension uses.
 */
import { addSurnameMentions } from '../../../utils/core/actors/surname-mentions';
import { compileLexicon } from '../../../utils/core/lexicon/compile';
import type { CompiledLexicon } from '../../../utils/core/lexicon/compiled-lexicon';
import { findEntries } from '../../../utils/core/lexicon/find-entries';
import { createScanContext } from '../../../utils/core/lexicon/scan-context';
import type { Pack } from '../../../utils/core/lexicon/schema';

/** One finding reduced to what the pack tests compare: which entry, and the words found (at [start, end)). */
export interface EntryHit {
  packId: string;
  entryId: string;
  kind: Pack['entries'][number]['kind'];
  text: string;
  start: number;
  end: number;
}

/** A copy of the pack that is on for every text (examples are checked with the pack forced on). */
export function forcedOn(pack: Pack): Pack {
  return { ...pack, activation: { always: true } };
}

/** Compiles packs once for many texts. */
export function compile(packs: readonly Pack[]): CompiledLexicon {
  return compileLexicon(packs);
}

/**
 * The entries found in `text` (context rules applied, overlaps resolved, activation as compiled);
 * `surnames`: also the later surname-only mentions of people, as the analysis adds them.
 */
export function findHits(lexicon: CompiledLexicon, text: string, options: { surnames?: boolean } = {}): EntryHit[] {
  const ctx = createScanContext(text, lexicon);
  const findings = options.surnames ? addSurnameMentions(ctx, findEntries(ctx)) : findEntries(ctx);
  return findings.map((f) => {
    const pack = lexicon.packs[f.pack] as Pack;
    const entry = pack.entries[f.entry];
    return { packId: pack.id, entryId: entry?.id ?? '?', kind: entry?.kind ?? 'term', text: text.slice(f.start, f.end), start: f.start, end: f.end };
  });
}
