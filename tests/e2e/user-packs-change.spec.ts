/**
 * The background reads the reader's packs once and again only after storage says they changed
 * (utils/ext/analysis-service.ts `userPacksChanged`, wired to storage.onChanged in
 * entrypoints/background/index.ts): reading them per page cost more than the analysis with
 * thousands of entries. A pack the reader adds must still reach the next page analysed.
 */
import type { Page } from '@playwright/test';
import { buildOwnTerm, ownTermsPack } from '@/components/own-terms';
import { USER_PACKS_KEY } from '@/utils/ext/watch-user-packs';
import { expect, test } from './fixtures';

declare const chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };

/** A phrase of the demo article that no built-in pack flags. */
const PHRASE = 'exchange prisoners';

/** The finding count the page reported once analysed (its `framelens:reported` mark). */
async function reportedFindings(page: Page): Promise<number> {
  await page.waitForFunction(() => performance.getEntriesByName('framelens:reported').length > 0, null, { timeout: 15_000 });
  return page.evaluate(() => ((performance.getEntriesByName('framelens:reported')[0] as PerformanceMark).detail as { findingCount: number }).findingCount);
}

test('a pack the reader adds is used on the next page, though the background keeps its copy of the packs', async ({ context, pages, sw }) => {
  const term = buildOwnTerm(
    {
      phrase: PHRASE,
      note: 'A test term: a phrase of the demo article that no built-in pack flags.',
      alternative: 'swap detainees',
      usedBy: 'test',
      view: 'Only here to check that a new pack reaches the analysis.',
      sourceTitle: 'Framelens tests',
      sourceUrl: 'https://example.org/framelens-tests',
    },
    '2026-01-01',
  );
  if (!term.ok) throw new Error(term.problems.join('\n'));
  const pack = ownTermsPack([term.entry], '2026-01-01');

  const before = await context.newPage();
  await before.goto(pages.url('demo'));
  const withoutPack = await reportedFindings(before); // the background has read the (empty) reader's packs by now
  await sw.evaluate(({ key, value }) => chrome.storage.local.set({ [key]: value }), { key: USER_PACKS_KEY, value: [pack] });
  // The background drops its copy on storage.onChanged: let that event arrive first.
  await sw.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));

  const after = await context.newPage();
  await after.goto(pages.url('demo'));
  expect(await reportedFindings(after)).toBe(withoutPack + 1);
});
