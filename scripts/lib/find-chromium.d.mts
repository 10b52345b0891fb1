/** Paths tried after CHROMIUM_PATH. */
export declare const CHROMIUM_CANDIDATES: string[];
/** The Chromium to use, or null when none is installed. */
export declare function findChromium(env?: NodeJS.ProcessEnv): string | null;
/** What to tell a reader who has no Chromium. */
export declare const INSTALL_HINT: string;
/** Flags that load the unpacked extension at `extensionDir` in a quiet, offline profile. */
export declare function extensionArgs(extensionDir: string): string[];
