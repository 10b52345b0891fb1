import { describe, expect, it } from 'vitest';
import { CONFLICT_PAGES, conflictPackAllowed } from './conflict-pages';
import { articleText, corpusAvailable, listCorpusPages } from './corpus-pages';
import { isConflictPack, loadPacks } from './pack-files';
import { compile, findHits } from './run-matcher';

/** Parsing ~270 real pages takes a while. */
const CORPUS_TIMEOUT_MS = 180_000;

describe.skipIf(!corpusAvailable())('conflict packs on the shared corpus', () => {
  const pages = corpusAvailable() ? listCorpusPages() : [];

  it('lists only reviewed pages that exist in the corpus', () => {
    const ids = new Set(pages.map((p) => p.id));
    expect(Object.keys(CONFLICT_PAGES).filter((id) => !ids.has(id))).toEqual([]);
  });

  it(
    'produce no findings on pages that are not about their conflict',
    () => {
      const packs = loadPacks();
      const conflictIds = new Set(packs.filter(isConflictPack).map((p) => p.id));
      const lexicon = compile(packs);
      const noisy: string[] = [];
      for (const page of pages) {
        const hits = findHits(lexicon, articleText(page.read(), page.url)).filter(
          (h) => conflictIds.has(h.packId) && !conflictPackAllowed(page.id, h.packId),
        );
        if (hits.length) noisy.push(`${page.id} (${page.url ?? 'no url'}): ${hits.slice(0, 5).map((h) => `${h.packId}/${h.entryId} "${h.text}"`).join(', ')}`);
      }
      expect(noisy).toEqual([]);
    },
    CORPUS_TIMEOUT_MS,
  );
});
