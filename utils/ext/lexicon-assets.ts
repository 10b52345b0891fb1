/**
 * Where the build puts the built-in lexicon (scripts/lexicon-assets.ts writes them; wxt.config.ts
 * emits them as web-accessible files). The content script fetches them only when a page holds an
 * article, so neither is parsed on other pages and neither is in the content-script bundle.
 */

/** The compiled lexicon (utils/core/lexicon/compiled-lexicon.ts): what matching reads. */
export const BUILTIN_LEXICON_PATH = '/lexicon/builtin.json';

/** The validated built-in packs in full (notes, perspectives, sources): what cards and panels read. */
export const BUILTIN_PACKS_PATH = '/lexicon/builtin-packs.json';
