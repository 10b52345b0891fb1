/**
 * Writes docs/schema/pack.schema.json from the zod pack schema (zod 4's
 * `z.toJSONSchema`), for people who write packs by hand: editors validate and
 * complete a pack that starts with `"$schema": "…/pack.schema.json"`.
 * Usage: npm run gen:pack-schema [-- --check]   (--check fails when the file is stale)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { Pack } from '../utils/core/lexicon/schema';

const OUT = join(import.meta.dirname, '../docs/schema/pack.schema.json');

// `io: 'input'`: describe what people write, where fields with defaults may be left out;
// `reused: 'ref'`: a schema used in several places (context rules, sources) is written once under $defs.
const schema = z.toJSONSchema(Pack, { io: 'input', target: 'draft-2020-12', reused: 'ref' });
// Packs may name this schema in "$schema"; allow the key although packs are strict objects.
const properties = (schema as { properties?: Record<string, unknown> }).properties;
if (properties) properties.$schema = { type: 'string', description: 'Optional: the URL or path of this JSON Schema.' };
const text = `${JSON.stringify({ $id: 'https://framelens.invalid/schema/pack.schema.json', title: 'Framelens lexicon pack', ...schema }, null, 2)}\n`;

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(OUT, 'utf8');
  } catch {
    // Missing counts as stale.
  }
  if (current !== text) {
    process.stderr.write('docs/schema/pack.schema.json is stale: run npm run gen:pack-schema\n');
    process.exit(1);
  }
  process.stdout.write('docs/schema/pack.schema.json is up to date\n');
} else {
  writeFileSync(OUT, text);
  process.stdout.write(`wrote ${OUT}\n`);
}
