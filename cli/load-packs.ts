/**
 * Loads the packs for the CLI from disk: packs/*.json of this project, plus any
 * `--pack FILE` the user gives, each validated and migrated by `loadPack`. The
 * extension build validates the same files with it into its packs file (scripts/lexicon-assets.ts).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CliError } from './cli-error';
import { loadPackText } from '../utils/core/lexicon/load-pack';
import { MAX_PACK_CHARS } from '../utils/core/lexicon/pack-limits';
import type { Pack } from '../utils/core/lexicon/schema';

/** The project's packs/ folder, found from this file so `npx framelens` works from any directory. */
export const BUILTIN_PACKS_DIR = resolve(import.meta.dirname, '../packs');

/** No pack file this big is read into memory: a UTF-16 unit is at most 3 bytes of UTF-8, so anything larger is over the character limit. */
const MAX_PACK_FILE_BYTES = MAX_PACK_CHARS * 3;

/** Packs that loaded, and one warning per built-in pack that did not. */
export function loadCliPacks(extra: readonly string[], dir = BUILTIN_PACKS_DIR): { packs: Pack[]; warnings: string[] } {
  const packs: Pack[] = [];
  const warnings: string[] = [];
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => join(dir, f));
  } catch {
    warnings.push(`no packs folder at ${dir}`);
  }
  for (const file of files) {
    const loaded = loadPackText(readFileSync(file, 'utf8'));
    if (loaded.ok) packs.push(loaded.pack);
    else warnings.push(`skipped pack ${file}: ${loaded.error.split('\n')[0]}`);
  }
  for (const file of extra) {
    let text: string;
    try {
      const bytes = statSync(file).size;
      if (bytes > MAX_PACK_FILE_BYTES) throw new CliError(`invalid pack ${file}: the file is too large: ${bytes.toLocaleString('en-US')} bytes`);
      text = readFileSync(file, 'utf8');
    } catch (error) {
      if (error instanceof CliError) throw error;
      throw new CliError(`cannot read pack ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    const loaded = loadPackText(text);
    if (!loaded.ok) throw new CliError(`invalid pack ${file}: ${loaded.error.replace(/\n\s*/g, ' ')}`);
    packs.push(loaded.pack);
  }
  return { packs, warnings };
}
