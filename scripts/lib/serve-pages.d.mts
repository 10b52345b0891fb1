/** Folder holding the fixture pages, one `<slug>/source.html` each. */
export declare const PAGES_DIR: string;
/** The seed article page (../shared/seed/karabakh-2020-article.html), served as /seed/ when it exists. */
export declare const SEED_PAGE: string;
/** A running fixture server. */
export interface PageServer {
  origin: string;
  url(slug: string): string;
  close(): Promise<void>;
}
/** Serves the fixture pages on 127.0.0.1 at a random free port. */
export declare function servePages(): Promise<PageServer>;
