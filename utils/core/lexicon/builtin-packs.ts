/**
 * The packs shipped with Framelens: every packs/*.json, bundled by Vite's
 * `import.meta.glob` (vitest and test pages; no extension context bundles them: they read
 * the build's packs file, utils/ext/builtin-packs-file.ts), validated and migrated like an
 * imported pack. A pack that fails to load is left out and reported, never fatal.
 * Node scripts and the CLI read packs/ from disk instead (cli/load-packs.ts), since
 * `import.meta.glob` exists only under Vite.
 */
import { compileLexicon } from './compile';
import type { CompiledLexicon } from './compiled-lexicon';
import { loadPack } from './load-pack';
import type { Pack } from './schema';

/** Built-in packs that loaded, and one line per pack that did not. */
export interface BuiltinPacks {
  packs: Pack[];
  problems: string[];
}

/** Loads the bundled packs/*.json (sorted by file name). */
export function loadBuiltinPacks(): BuiltinPacks {
  const modules = import.meta.glob<unknown>('../../../packs/*.json', { eager: true, import: 'default' });
  const packs: Pack[] = [];
  const problems: string[] = [];
  for (const file of Object.keys(modules).sort()) {
    const loaded = loadPack(modules[file]);
    if (loaded.ok) packs.push(loaded.pack);
    else problems.push(`${file.replace(/^.*\//, 'packs/')}: ${loaded.error}`);
  }
  return { packs, problems };
}

/** The bundled packs compiled into one lexicon. */
export function builtinLexicon(): CompiledLexicon {
  return compileLexicon(loadBuiltinPacks().packs);
}
