/**
 * Measures how often pack entries fire on real pages that are not about any covered
 * conflict (../shared/corpus minus the reviewed list in tests/unit/packs/conflict-pages.ts).
 * Issue 4: a loaded-language entry firing on more than 5 % of those pages gets a context
 * rule or is removed; a conflict pack should fire on none of them.
 *
 * Usage: npm run packs:precision [-- --write]   (--write refreshes the table in docs/packs.md)
 * Exits 1 when an always-on entry is over the limit or a conflict pack fires.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isConflictPage } from '../tests/unit/packs/conflict-pages';
import { articleText, corpusAvailable, listCorpusPages } from '../tests/unit/packs/corpus-pages';
import { isConflictPack, loadPacks } from '../tests/unit/packs/pack-files';
import { compile, findHits } from '../tests/unit/packs/run-matcher';

/** The issue's limit: share of non-conflict pages an always-on entry may fire on. */
const MAX_PAGE_SHARE = 0.05;
/** Rows shown in the docs table (the entries that fire most). */
const TABLE_ROWS = 25;
const DOC = resolve(import.meta.dirname, '../docs/packs.md');
const START = '<!-- precision:start -->';
const END = '<!-- precision:end -->';

function percent(n: number, total: number): string {
  return `${((100 * n) / total).toFixed(1)} %`;
}

function main(): number {
  if (!corpusAvailable()) {
    process.stderr.write('../shared/corpus is not present; nothing to measure.\n');
    return 0;
  }
  const packs = loadPacks();
  const lexicon = compile(packs);
  const conflictIds = new Set(packs.filter(isConflictPack).map((p) => p.id));
  const pages = listCorpusPages().filter((p) => !isConflictPage(p.id));
  const firedOn = new Map<string, Set<string>>();
  for (const page of pages) {
    for (const hit of findHits(lexicon, articleText(page.read(), page.url))) {
      const key = `${hit.packId}/${hit.entryId}`;
      const set = firedOn.get(key) ?? new Set<string>();
      set.add(page.id);
      firedOn.set(key, set);
    }
  }
  const total = pages.length;
  const alwaysOn = packs.filter((p) => !isConflictPack(p)).map((p) => p.id);
  const rows = [...firedOn.entries()]
    .map(([key, set]) => ({ key, pack: key.split('/')[0] as string, pages: set.size }))
    .sort((a, b) => b.pages - a.pages || a.key.localeCompare(b.key));
  const loaded = rows.filter((r) => r.pack === 'loaded-language');
  const over = rows.filter((r) => alwaysOn.includes(r.pack) && r.pack !== 'outlets' && r.pages / total > MAX_PAGE_SHARE);
  const conflictRows = rows.filter((r) => conflictIds.has(r.pack));
  const entryCount = packs.find((p) => p.id === 'loaded-language')?.entries.length ?? 0;

  const lines = [
    `Measured on ${total} real pages of \`../shared/corpus\` that are not about a covered conflict (${new Date().toISOString().slice(0, 10)}).`,
    '',
    `- loaded-language: ${loaded.length} of ${entryCount} entries fire on at least one page; ${over.length} over the ${MAX_PAGE_SHARE * 100} % limit.`,
    `- conflict packs (${[...conflictIds].sort().join(', ') || 'none'}): ${conflictRows.length === 0 ? 'no findings' : `${conflictRows.length} entries fire`}.`,
    '',
    '| entry | pages | share |',
    '| --- | ---: | ---: |',
    ...loaded.slice(0, TABLE_ROWS).map((r) => `| ${r.key} | ${r.pages} / ${total} | ${percent(r.pages, total)} |`),
    ...conflictRows.map((r) => `| ${r.key} | ${r.pages} / ${total} | ${percent(r.pages, total)} |`),
  ];
  process.stdout.write(lines.join('\n') + '\n');
  if (process.argv.includes('--write')) {
    const doc = readFileSync(DOC, 'utf8');
    const from = doc.indexOf(START);
    const to = doc.indexOf(END);
    if (from === -1 || to < from) throw new Error(`docs/packs.md has no ${START} … ${END} block`);
    writeFileSync(DOC, `${doc.slice(0, from + START.length)}\n${lines.join('\n')}\n${doc.slice(to)}`);
  }
  return over.length || conflictRows.length ? 1 : 0;
}

process.exitCode = main();
