/**
 * Where the build puts the built-in lexicon (scripts/lexicon-assets.ts writes them; wxt.config.ts
 * emits them into the package, not web-accessible). The background reads both (analysis and the
 * entries behind findings), the extension pages the packs (utils/ext/builtin-packs-file.ts); no
 * web page reads either, and neither is in any bundle.
 */

/** The compiled lexicon (utils/core/lexicon/compiled-lexicon.ts): what matching reads. */
export const BUILTIN_LEXICON_PATH = '/lexicon/builtin.json';

/** The validated built-in packs in full (notes, perspectives, sources): what cards and panels read. */
export const BUILTIN_PACKS_PATH = '/lexicon/builtin-packs.json';
