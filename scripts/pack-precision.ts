/**
 * Measures how often pack entries fire on real pages that are not about any covered
 * conflict (../shared/corpus minus the reviewed list in tests/unit/packs/conflict-pages.ts).
 * Issue 4: a loaded-language entry firing on more than 5 % of those pages gets a context
 * rule or is removed; a conflict pack should fire on none of them.
 *
 * Usage: npm run packs:precision [-- --write]   (--write refreshes the table in docs/packs.md)
 * Exits 1 when an always-on entry is over the limit or a conflict pack fires.
 *
 * Actor mode: npm run packs:precision -- --actors [--write] [--show]
 * Every conflict pack is forced on, as if each page were about its conflict, and the actor and
 * place names they find on every corpus page are counted twice: with the entries' context rules
 * and with them removed. The difference is what the rules drop; `--show` prints each dropped name
 * in its sentence, to read whether it was another sense ("Washington Post") or a real mention.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isConflictPage } from '../tests/unit/packs/conflict-pages';
import { articleText, corpusAvailable, listCorpusPages } from '../tests/unit/packs/corpus-pages';
import { isConflictPack, loadPacks } from '../tests/unit/packs/pack-files';
import { compile, findHits, forcedOn, type EntryHit } from '../tests/unit/packs/run-matcher';
import type { Pack } from '../utils/core/lexicon/schema';

/** The issue's limit: share of non-conflict pages an always-on entry may fire on. */
const MAX_PAGE_SHARE = 0.05;
/** Rows shown in the docs table (the entries that fire most). */
const TABLE_ROWS = 25;
const DOC = resolve(import.meta.dirname, '../docs/packs.md');
const START = '<!-- precision:start -->';
const END = '<!-- precision:end -->';
const ACTOR_START = '<!-- actor-precision:start -->';
const ACTOR_END = '<!-- actor-precision:end -->';
/** Characters of text shown on each side of a dropped name. */
const SNIPPET_CHARS = 60;

function percent(n: number, total: number): string {
  return `${((100 * n) / total).toFixed(1)} %`;
}

/** Replaces the text between `start` and `end` markers in docs/packs.md. */
function writeBlock(start: string, end: string, lines: readonly string[]): void {
  const doc = readFileSync(DOC, 'utf8');
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  if (from === -1 || to < from) throw new Error(`docs/packs.md has no ${start} … ${end} block`);
  writeFileSync(DOC, `${doc.slice(0, from + start.length)}\n${lines.join('\n')}\n${doc.slice(to)}`);
}

/** The pack without its actors' and places' context rules: what the names matched before they had any. */
function withoutNameRules(pack: Pack): Pack {
  return { ...pack, entries: pack.entries.map((e) => (e.kind === 'term' || !e.contextRules ? e : { ...e, contextRules: undefined })) };
}

interface NameHits {
  pages: number;
  before: number;
  after: number;
  dropped: { page: string; entry: string; snippet: string }[];
  byEntry: Map<string, { before: number; after: number }>;
}

function hitKey(h: EntryHit): string {
  return `${h.packId}/${h.entryId}@${h.start}-${h.end}`;
}

function snippet(text: string, h: EntryHit): string {
  const from = Math.max(0, h.start - SNIPPET_CHARS);
  const to = Math.min(text.length, h.end + SNIPPET_CHARS);
  return `…${text.slice(from, h.start)}[${h.text}]${text.slice(h.end, to)}…`.replace(/\s+/g, ' ');
}

/** Actor and place names of the (forced-on) conflict packs on `pages`, with and without their context rules. */
function countNames(pages: ReturnType<typeof listCorpusPages>, texts: Map<string, string>, packs: readonly Pack[]): NameHits {
  const conflict = packs.filter(isConflictPack);
  const conflictIds = new Set(conflict.map((p) => p.id));
  const withRules = compile(conflict.map(forcedOn));
  const noRules = compile(conflict.map((p) => forcedOn(withoutNameRules(p))));
  const result: NameHits = { pages: pages.length, before: 0, after: 0, dropped: [], byEntry: new Map() };
  const names = (hits: EntryHit[]): EntryHit[] => hits.filter((h) => conflictIds.has(h.packId) && h.kind !== 'term');
  for (const page of pages) {
    const text = texts.get(page.id) ?? '';
    const before = names(findHits(noRules, text, { surnames: true }));
    const after = names(findHits(withRules, text, { surnames: true }));
    const kept = new Set(after.map(hitKey));
    result.before += before.length;
    result.after += after.length;
    const count = (h: EntryHit, field: 'before' | 'after'): void => {
      const key = `${h.packId}/${h.entryId}`;
      const row = result.byEntry.get(key) ?? { before: 0, after: 0 };
      row[field]++;
      result.byEntry.set(key, row);
    };
    before.forEach((h) => count(h, 'before'));
    after.forEach((h) => count(h, 'after'));
    for (const h of before) {
      if (!kept.has(hitKey(h))) result.dropped.push({ page: page.id, entry: `${h.packId}/${h.entryId}`, snippet: snippet(text, h) });
    }
  }
  return result;
}

function actorsMain(): number {
  const packs = loadPacks();
  const all = listCorpusPages();
  const texts = new Map(all.map((p) => [p.id, articleText(p.read(), p.url)]));
  const sets = [
    { label: 'not about a covered conflict', pages: all.filter((p) => !isConflictPage(p.id)) },
    { label: 'reviewed as about a covered conflict (tests/unit/packs/conflict-pages.ts)', pages: all.filter((p) => isConflictPage(p.id)) },
  ];
  const results = sets.map((set) => ({ ...set, hits: countNames(set.pages, texts, packs) }));
  const ruled = packs.flatMap((p) => p.entries.filter((e) => e.kind !== 'term' && e.contextRules?.length).map((e) => `${p.id}/${e.id}`));
  const changed = new Map<string, { before: number; after: number }>();
  for (const r of results) {
    for (const [key, row] of r.hits.byEntry) {
      if (row.before === row.after) continue;
      const sum = changed.get(key) ?? { before: 0, after: 0 };
      sum.before += row.before;
      sum.after += row.after;
      changed.set(key, sum);
    }
  }
  const lines = [
    `Every conflict pack forced on, on the ${all.length} real pages of \`../shared/corpus\` (${new Date().toISOString().slice(0, 10)}); ` +
      `actor and place names, surname mentions included, without → with the entries' \`contextRules\` (${ruled.length} entries have them).`,
    '',
    '| pages | names without rules | with rules | dropped |',
    '| --- | ---: | ---: | ---: |',
    ...results.map((r) => `| ${r.hits.pages} ${r.label} | ${r.hits.before} | ${r.hits.after} | ${r.hits.before - r.hits.after} |`),
    '',
    '| entry | without rules | with rules |',
    '| --- | ---: | ---: |',
    ...[...changed.entries()].sort((a, b) => b[1].before - b[1].after - (a[1].before - a[1].after) || a[0].localeCompare(b[0])).map(([key, row]) => `| ${key} | ${row.before} | ${row.after} |`),
  ];
  process.stdout.write(lines.join('\n') + '\n');
  if (process.argv.includes('--show')) {
    for (const r of results) {
      process.stdout.write(`\nDropped on pages ${r.label}:\n`);
      for (const d of r.hits.dropped) process.stdout.write(`${d.entry}\t${d.page}\t${d.snippet}\n`);
    }
  }
  if (process.argv.includes('--write')) writeBlock(ACTOR_START, ACTOR_END, lines);
  return 0;
}

function main(): number {
  if (!corpusAvailable()) {
    process.stderr.write('../shared/corpus is not present; nothing to measure.\n');
    return 0;
  }
  if (process.argv.includes('--actors')) return actorsMain();
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
  if (process.argv.includes('--write')) writeBlock(START, END, lines);
  return over.length || conflictRows.length ? 1 : 0;
}

process.exitCode = main();
