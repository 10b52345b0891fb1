/**
 * Build step shared by `npm run build:lexicon` and the extension build (wxt.config.ts hooks):
 * validate every packs/*.json, compile them into one trie, and return the two files the background
 * and the extension pages read (utils/ext/lexicon-assets.ts). Throws when a pack does not load or a pattern does
 * not compile, so an invalid pack fails the build and the runtime never re-validates our output.
 */
import { loadCliPacks } from '../cli/load-packs';
import { compileLexicon } from '../utils/core/lexicon/compile';
import type { CompiledLexicon } from '../utils/core/lexicon/compiled-lexicon';
import type { Pack } from '../utils/core/lexicon/schema';
import { BUILTIN_LEXICON_PATH, BUILTIN_PACKS_PATH } from '../utils/ext/lexicon-assets';

/** One generated file, relative to the extension's root. */
export interface LexiconAsset {
  relativeDest: string;
  contents: string;
}

/** The built-in packs, validated, and their compiled lexicon; throws on any problem. */
export function buildBuiltinLexicon(): { packs: Pack[]; lexicon: CompiledLexicon } {
  const { packs, warnings } = loadCliPacks([]);
  const lexicon = compileLexicon(packs);
  const problems = [...warnings, ...lexicon.problems];
  if (problems.length > 0) throw new Error(`packs/ did not compile:\n${problems.join('\n')}`);
  return { packs, lexicon };
}

/** The files the extension build emits. */
export function lexiconAssets(): LexiconAsset[] {
  const { packs, lexicon } = buildBuiltinLexicon();
  return [
    { relativeDest: BUILTIN_LEXICON_PATH.slice(1), contents: JSON.stringify(lexicon) },
    { relativeDest: BUILTIN_PACKS_PATH.slice(1), contents: JSON.stringify(packs) },
  ];
}
