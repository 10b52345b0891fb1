/** Folder holding the fixture pages, one `<slug>/source.html` each. */
export declare const PAGES_DIR: string;
/** The seed article page (../shared/seed/karabakh-2020-article.html), served as /seed/ when it exists. */
export declare const SEED_PAGE: string;
/** The shared corpus of real pages (../shared/corpus, or FRAMELENS_CORPUS_DIR); absent in a fresh clone. */
export declare const CORPUS_DIR: string;
/** Corpus page ids (`aeb/<hash>`, `rp/<name>`) in a stable order, or null when the corpus is absent. */
export declare function corpusPageIds(): string[] | null;
/** A running fixture server. */
export interface PageServer {
  origin: string;
  url(slug: string): string;
  /** Where corpus page `id` (from `corpusPageIds()`) is served. */
  corpusUrl(id: string): string;
  close(): Promise<void>;
}
/** Serves the fixture pages on 127.0.0.1 at a random free port. */
export declare function servePages(): Promise<PageServer>;
