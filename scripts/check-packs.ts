/**
 * Checks every pack in packs/ (or the files given) the way Framelens loads a pack
 * (`loadPackText`: JSON, migration of older schema versions, the zod schema with each
 * problem's path, every pattern's syntax) and prints a line per pack.
 * Usage: npx tsx scripts/check-packs.ts [file…]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadPackText } from '../utils/core/lexicon/load-pack';

const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync('packs').filter((f) => f.endsWith('.json')).map((f) => join('packs', f));

let failed = 0;
for (const file of files) {
  const loaded = loadPackText(readFileSync(file, 'utf8'));
  if (!loaded.ok) {
    failed++;
    process.stderr.write(`✖ ${file}\n${loaded.error}\n`);
    continue;
  }
  const counts = { actor: 0, term: 0, place: 0 };
  for (const e of loaded.pack.entries) counts[e.kind]++;
  const migrated = loaded.migratedFrom === null ? '' : ` (migrated from schemaVersion ${loaded.migratedFrom})`;
  process.stdout.write(`✔ ${file}: ${counts.actor} actors, ${counts.term} terms, ${counts.place} places, ${loaded.pack.timeline.length} events${migrated}\n`);
}
process.exit(failed ? 1 : 0);
