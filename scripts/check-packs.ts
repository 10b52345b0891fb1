/**
 * Validates every pack in packs/ (or the files given) against the zod schema
 * and prints each problem with its path. Usage: npx tsx scripts/check-packs.ts [file…]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { Pack } from '../utils/core/lexicon/schema';

const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync('packs').filter((f) => f.endsWith('.json')).map((f) => join('packs', f));

let failed = 0;
for (const file of files) {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    failed++;
    process.stderr.write(`✖ ${file}: not valid JSON: ${(error as Error).message}\n`);
    continue;
  }
  const result = Pack.safeParse(json);
  if (result.success) {
    const counts = { actor: 0, term: 0, place: 0 };
    for (const e of result.data.entries) counts[e.kind]++;
    process.stdout.write(`✔ ${file}: ${counts.actor} actors, ${counts.term} terms, ${counts.place} places, ${result.data.timeline.length} events\n`);
  } else {
    failed++;
    process.stderr.write(`✖ ${file}\n${z.prettifyError(result.error)}\n`);
  }
}
process.exit(failed ? 1 : 0);
