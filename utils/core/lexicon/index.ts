/** The lexicon API: load and validate packs, compile them once, match them in text. */
export { compileLexicon, defaultMatchCase } from './compile';
export { CompiledLexicon, COMPILED_LEXICON_VERSION } from './compiled-lexicon';
export { loadPack, loadPackText, packPatterns, type LoadedPack } from './load-pack';
export { parsePattern, type ParsedPattern } from './pattern';
export { checkPackExamples, type ExampleFailure } from './check-examples';
export { createScanContext } from './scan-context';
export { findEntries, activePacks, type EntryFinding } from './find-entries';
export * from './schema';
