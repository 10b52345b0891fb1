/**
 * How deep below its starting element a text walk goes. An HTML parser never builds deeper trees:
 * Chromium's and the HTML spec's tree builders stop nesting at 512 levels, so deeper content can
 * only come from a script, and a page that nests 10,000 elements would overflow a recursive walk
 * (tests/fixtures/pages/hostile, ?attack=deep). Text below this depth is left out of detection and analysis.
 */
export const MAX_TREE_DEPTH = 512;
