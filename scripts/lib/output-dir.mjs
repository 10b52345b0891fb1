// Where `wxt build` writes the extensions and where tests, benchmarks and the demo load them from.
// `.output` unless FRAMELENS_OUT_DIR says otherwise (so two checkouts' builds can live side by side).
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** The absolute output directory (holds chrome-mv3/ and firefox-mv3/). */
export const OUTPUT_DIR = path.resolve(ROOT, process.env.FRAMELENS_OUT_DIR ?? '.output');

/** The built extension for one target, e.g. `extensionDir('chrome-mv3')`. */
export const extensionDir = (target) => path.join(OUTPUT_DIR, target);
