/**
 * Runs a pack's example sentences through the real matcher: each `match` sentence
 * must produce the entry, each `noMatch` sentence must not. The pack is switched on
 * for its examples (a single sentence rarely carries enough activation cues).
 */
import { compileLexicon } from './compile';
import { createScanContext } from './scan-context';
import { findEntries } from './find-entries';
import type { Pack } from './schema';

/** One example that did not behave. */
export interface ExampleFailure {
  entryId: string;
  sentence: string;
  expected: 'match' | 'noMatch';
}

/** Checks every example of every entry of `pack`; an empty list means all pass. */
export function checkPackExamples(pack: Pack): ExampleFailure[] {
  const lexicon = compileLexicon([{ ...pack, activation: { always: true } }]);
  const failures: ExampleFailure[] = [];
  const found = (sentence: string, entryIndex: number): boolean =>
    findEntries(createScanContext(sentence, lexicon)).some((f) => f.entry === entryIndex);
  pack.entries.forEach((entry, e) => {
    for (const sentence of entry.examples.match) {
      if (!found(sentence, e)) failures.push({ entryId: entry.id, sentence, expected: 'match' });
    }
    for (const sentence of entry.examples.noMatch) {
      if (found(sentence, e)) failures.push({ entryId: entry.id, sentence, expected: 'noMatch' });
    }
  });
  return failures;
}
