/**
 * Constants of the compiled lexicon's format, in their own zod-free file so the content script
 * can read them without bundling the schemas of compiled-lexicon.ts.
 */

/** Bump when the compiled lexicon's shape changes; loaders reject other versions. */
export const COMPILED_LEXICON_VERSION = 3;

/** The letter of each output kind in `CompiledOutputs.kind`. */
export const OUTPUT_KIND_CODES = { entry: 'e', cue: 'c', rule: 'r' } as const;

/** The output kind of each letter. */
export const OUTPUT_KINDS_BY_CODE: Readonly<Record<string, 'entry' | 'cue' | 'rule'>> = { e: 'entry', c: 'cue', r: 'rule' };
