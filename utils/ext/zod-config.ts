/**
 * zod's global setting for Framelens' extension contexts, imported before any schema is built.
 * `jitless`: zod would otherwise probe once whether it may compile fast object parsers with
 * `new Function`, which every extension context forbids (Manifest V3 allows no 'unsafe-eval'),
 * so the probe only throws, and costs the page app ≈ 2.5 ms of its evaluation on the demo (CPU
 * profile of the page app's evaluation, issue 7). Parsing is unchanged: the parsers zod falls
 * back to are the ones that run anyway.
 */
import { z } from 'zod';

z.config({ jitless: true });
