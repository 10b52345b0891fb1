/**
 * Analysis in the background, so no page builds a matcher or runs a long analysis task: the
 * content script detects the article and sends its text (`analyze-text`); the background keeps
 * the built-in lexicon compiled at build time (one `JSON.parse` per background start, never
 * re-validated: the build fails on an invalid pack), merged with the reader's packs (validated and
 * compiled here when they change), and answers with the analysis. Its code stays warm between
 * pages, where a content script starts cold on every page. The reply carries the entries the
 * findings came from, in full, for the cards.
 */
import { analyzeText } from '@/utils/core/analyze';
import { mergeLexicons, withPacksOff } from '@/utils/core/lexicon/combine-lexicons';
import { compileLexicon } from '@/utils/core/lexicon/compile';
import { COMPILED_LEXICON_VERSION } from '@/utils/core/lexicon/compiled-format';
import type { CompiledLexicon } from '@/utils/core/lexicon/compiled-lexicon';
import type { Pack } from '@/utils/core/lexicon/schema';
import { builtinPacksFrom } from './builtin-packs-file';
import { BUILTIN_LEXICON_PATH, BUILTIN_PACKS_PATH } from './lexicon-assets';
import type { Logger } from './logger';
import type { Analysis } from '@/utils/core/analysis-schema';
import { errorText, type AnalysisReply, type Handlers } from './messages';
import { readUserPacks } from './stored-packs';

/**
 * The longest article text the background analyses. Analysis is one synchronous task in the
 * background, shared by every tab: a 50,000-word page (≈ 300,000 characters) took 1.9 s under
 * load before the speed-ups of session 3 and ≈ 30–90 ms since (docs/benchmarks.md), and a page
 * with megabytes of text would still stall every other tab's analysis. Three times that page is far beyond any real article; longer text is refused, and the
 * popup says so (the tab's state is `failed`).
 */
export const MAX_ANALYSIS_CHARS = 1_000_000;

/** What the service reads. */
export interface AnalysisServiceDeps {
  /** A JSON file of the extension package, parsed (the build-time lexicon files). */
  readJson: (path: typeof BUILTIN_LEXICON_PATH | typeof BUILTIN_PACKS_PATH) => Promise<unknown>;
  /**
   * The reader's packs as storage holds them (validated here). Read once, and again only after
   * `userPacksChanged`: packs of thousands of entries are megabytes, and reading and comparing them
   * on every page cost 3–5 times the whole analysis (docs/benchmarks.md "Lexicon size").
   */
  readStoredUserPacks: () => Promise<unknown>;
  log: Logger;
}

/** The live service. */
export interface AnalysisService {
  readonly handlers: Pick<Handlers, 'analyze-text'>;
  /**
   * Reads both lexicon files now instead of on the first request, so the first page after the
   * background starts does not wait for them (≈ 25 ms of JSON.parse on a busy 2-core machine).
   */
  warm(): Promise<void>;
  /** The stored user packs changed (storage.onChanged): the next analysis reads and compiles them again. */
  userPacksChanged(): void;
}

interface Lexicons {
  /** The read of the stored user packs this was built from, to notice a change. */
  read: Promise<unknown>;
  lexicon: CompiledLexicon;
  userPacks: Pack[];
}

/** Our own build output, checked for its version and shape only (see the module comment). */
function isCompiledLexicon(x: unknown): x is CompiledLexicon {
  if (typeof x !== 'object' || x === null) return false;
  return 'formatVersion' in x && x.formatVersion === COMPILED_LEXICON_VERSION && 'trie' in x && Array.isArray(x.trie);
}

/** The packs behind `analysis`'s findings, with only the entries found (and the speakers named), for cards. */
function packsFound(analysis: Analysis, packs: readonly Pack[]): AnalysisReply['packs'] {
  const packIds = new Set(analysis.findings.flatMap((f) => (f.packId === null ? [] : [f.packId])));
  const entryIds = new Set(analysis.findings.flatMap((f) => (f.speaker === null ? [f.entryId] : [f.entryId, f.speaker])));
  return packs
    .filter((p) => packIds.has(p.id))
    .map((p) => ({ id: p.id, title: p.title, parties: p.parties, timeline: p.timeline, entries: p.entries.filter((e) => entryIds.has(e.id)) }));
}

/** Builds the service; nothing is read until the first request. */
export function createAnalysisService(deps: AnalysisServiceDeps): AnalysisService {
  let builtin: Promise<CompiledLexicon> | null = null;
  let builtinPacks: Promise<Pack[]> | null = null;
  let lexicons: Lexicons | null = null;
  /** The stored user packs, read once per change (null: read them on the next request). */
  let storedRead: Promise<unknown> | null = null;

  const reset = <T>(promise: Promise<T>, clear: () => void): Promise<T> =>
    promise.catch((error: unknown) => {
      clear();
      throw error;
    });
  const loadBuiltin = async (): Promise<CompiledLexicon> => {
    const json = await deps.readJson(BUILTIN_LEXICON_PATH);
    if (!isCompiledLexicon(json)) throw new Error(`${BUILTIN_LEXICON_PATH} is not a compiled lexicon of version ${COMPILED_LEXICON_VERSION}`);
    return json;
  };
  const loadBuiltinPacks = async (): Promise<Pack[]> => {
    return builtinPacksFrom(await deps.readJson(BUILTIN_PACKS_PATH));
  };
  /** The lexicon for the stored user packs now: rebuilt only after they changed. */
  const current = async (): Promise<Lexicons> => {
    const base = await (builtin ??= reset(loadBuiltin(), () => (builtin = null)));
    const read = (storedRead ??= reset(deps.readStoredUserPacks(), () => (storedRead = null)));
    const raw = await read;
    if (lexicons?.read === read) return lexicons;
    const user = readUserPacks(raw);
    if (user.problems.length > 0) deps.log.warn(`some of your packs were left out:\n${user.problems.join('\n')}`);
    // A reader's pack with a built-in id is skipped (as in the options page).
    const taken = new Set(base.packs.map((p) => p.id));
    const userPacks = user.packs.filter((p) => !taken.has(p.id));
    const lexicon = userPacks.length === 0 ? base : mergeLexicons(base, compileLexicon(userPacks));
    lexicons = { read, lexicon, userPacks };
    return lexicons;
  };

  return {
    handlers: {
      'analyze-text': async (message): Promise<AnalysisReply> => {
        const length = message.text.length;
        if (length > MAX_ANALYSIS_CHARS) {
          throw new Error(`the article is too long to analyse (${length.toLocaleString('en')} characters; Framelens reads up to ${MAX_ANALYSIS_CHARS.toLocaleString('en')})`);
        }
        const { lexicon, userPacks } = await current();
        const analysis = analyzeText(message.text, withPacksOff(lexicon, new Set(message.disabledPacks)), message.article);
        if (analysis.findings.length === 0) return { analysis, packs: [] };
        const builtinList = await (builtinPacks ??= reset(loadBuiltinPacks(), () => (builtinPacks = null)));
        return { analysis, packs: packsFound(analysis, [...builtinList, ...userPacks]) };
      },
    },
    async warm() {
      await Promise.all([
        (builtin ??= reset(loadBuiltin(), () => (builtin = null))),
        (builtinPacks ??= reset(loadBuiltinPacks(), () => (builtinPacks = null))),
      ]).catch((error: unknown) => deps.log.warn(`could not read the lexicon: ${errorText(error)}`));
    },
    userPacksChanged() {
      storedRead = null;
    },
  };
}
