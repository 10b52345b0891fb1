/**
 * Leaves the mark `framelens:page-app-evaluating` the moment the page app's bundle starts to
 * evaluate: imported first by entrypoints/page-app.content.ts, before zod, Preact and the rest,
 * so that (with the `framelens:page-app` mark in its main) the benchmarks can split the page
 * app's delay into injection and evaluation (issue 7; scripts/bench/ab-content.ts). No detail:
 * the page can read marks, and a timestamp tells it nothing it could not measure itself.
 */
performance.mark('framelens:page-app-evaluating');
