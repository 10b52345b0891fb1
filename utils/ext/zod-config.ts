/**
 * zod's global setting for Framelens' extension contexts, imported before any schema is built.
 * `jitless`: zod would otherwise probe once whether it may compile fast object parsers with
 * `new Function`, which every extension context forbids (Manifest V3 allows no 'unsafe-eval'),
 * so the probe only throws. It cost the page app's evaluation far more than its ≈ 2.5 ms share of
 * a CPU profile: demo 39.5 → 15.6 ms median with `jitless` (docs/benchmarks.md "Faster paint",
 * issue 7). Parsing is unchanged: the parsers zod falls back to are the ones that run anyway.
 * Imported first by the page app, the background and every extension page.
 */
import { z } from 'zod';

z.config({ jitless: true });
