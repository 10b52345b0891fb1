/**
 * Loads every lexicon pack in packs/ for the pack tests and the precision script:
 * the raw JSON (to report problems by file) and, when valid, the parsed pack.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Pack, type Pack as PackType } from '../../../utils/core/lexicon/schema';

/** The repository's packs folder, wherever the test or script is run from. */
export const PACKS_DIR = resolve(import.meta.dirname, '../../../packs');

/** One pack file: its name, the zod result, and the pack when valid. */
export interface PackFile {
  file: string;
  /** The pack id the file name promises ("loaded-language" for loaded-language.json). */
  expectedId: string;
  pack: PackType | null;
  /** Each problem with its path, when the file is not valid JSON or not a valid pack. */
  problems: string[];
}

/** Reads and validates packs/*.json, sorted by file name. */
export function loadPackFiles(dir: string = PACKS_DIR): PackFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const expectedId = file.replace(/\.json$/, '');
      let json: unknown;
      try {
        json = JSON.parse(readFileSync(join(dir, file), 'utf8'));
      } catch (error) {
        return { file, expectedId, pack: null, problems: [`not valid JSON: ${(error as Error).message}`] };
      }
      const result = Pack.safeParse(json);
      if (result.success) return { file, expectedId, pack: result.data, problems: [] };
      return {
        file,
        expectedId,
        pack: null,
        problems: result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`),
      };
    });
}

/** The valid packs only. */
export function loadPacks(dir: string = PACKS_DIR): PackType[] {
  return loadPackFiles(dir).flatMap((f) => (f.pack ? [f.pack] : []));
}

/** A pack that switches on by cues (a conflict pack), as opposed to always-on packs. */
export function isConflictPack(pack: PackType): boolean {
  return 'cues' in pack.activation;
}
