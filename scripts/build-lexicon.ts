/**
 * Build step: compiles every packs/*.json into one CompiledLexicon and writes it as
 * JSON, so the content script loads a ready trie instead of compiling at runtime.
 * Fails (exit 1) when a pack does not load or a pattern does not compile.
 * Usage: npm run build:lexicon [-- OUT.json]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadCliPacks } from '../cli/load-packs';
import { compileLexicon } from '../utils/core/lexicon/compile';

const out = process.argv[2] ?? join(import.meta.dirname, '../utils/core/lexicon/generated/compiled-lexicon.json');
const started = performance.now();
const { packs, warnings } = loadCliPacks([]);
const lexicon = compileLexicon(packs);
const problems = [...warnings, ...lexicon.problems];
mkdirSync(dirname(out), { recursive: true });
const json = JSON.stringify(lexicon);
writeFileSync(out, json);
const ms = (performance.now() - started).toFixed(0);
process.stdout.write(`wrote ${out}: ${packs.length} packs, ${lexicon.outputs.length} patterns, ${lexicon.trie.length} trie nodes, ${(json.length / 1024).toFixed(0)} KB in ${ms} ms\n`);
for (const p of problems) process.stderr.write(`✖ ${p.split('\n')[0]}\n`);
process.exit(problems.length ? 1 : 0);
