export declare const OUTPUT_DIR: string;
export declare function extensionDir(target: 'chrome-mv3' | 'firefox-mv3'): string;
