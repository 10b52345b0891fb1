/**
 * Build step: validates every packs/*.json, compiles them into one trie and writes the packed
 * lexicon and the full packs (the same files `npm run build` emits into the extension, see
 * scripts/lexicon-assets.ts). Fails (exit 1) when a pack does not load or a pattern does not compile.
 * Usage: npm run build:lexicon [-- OUT_DIR]   (default utils/core/lexicon/generated/)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { lexiconAssets } from './lexicon-assets';

const outDir = process.argv[2] ?? join(import.meta.dirname, '../utils/core/lexicon/generated');
const started = performance.now();
try {
  const assets = lexiconAssets();
  mkdirSync(outDir, { recursive: true });
  const ms = (performance.now() - started).toFixed(0);
  for (const asset of assets) {
    const out = join(outDir, basename(asset.relativeDest));
    writeFileSync(out, asset.contents);
    process.stdout.write(`wrote ${out}: ${(asset.contents.length / 1024).toFixed(0)} KB\n`);
  }
  process.stdout.write(`compiled in ${ms} ms\n`);
} catch (error) {
  process.stderr.write(`✖ ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
