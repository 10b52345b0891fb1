/**
 * How many cases each fuzz property runs, and with which seed. Not a test file.
 *
 * CI (`npm test`, `npx vitest run tests/unit/fuzz`): a fixed seed and a small sample, so a run is
 * repeatable and takes seconds. `npm run fuzz` sets FUZZ_SCALE (many more cases per property) and
 * a fresh seed each run; a failure prints its seed and shrunk counterexample, and
 * `FUZZ_SEED=<seed> npm run fuzz` replays it.
 */
import type { Parameters } from 'fast-check';

/** The seed of the CI sample: change it only on purpose (it picks which cases CI sees). */
const CI_SEED = 20261126;

function envNumber(name: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name}=${raw} is not a positive number`);
  return value;
}

/** Multiplies every property's CI run count (1 in CI; `npm run fuzz` uses more). */
export const FUZZ_SCALE = envNumber('FUZZ_SCALE') ?? 1;

/** FUZZ_SEED=<n> replays a run; a long run without it draws a seed; CI uses CI_SEED. */
export const FUZZ_SEED = envNumber('FUZZ_SEED') ?? (FUZZ_SCALE > 1 ? Math.floor(Math.random() * 2 ** 31) : CI_SEED);

/** fast-check parameters for a property that runs `ciRuns` cases in CI. */
export function fuzzRuns<T>(ciRuns: number): Parameters<T> {
  return { numRuns: Math.round(ciRuns * FUZZ_SCALE), seed: FUZZ_SEED, endOnFailure: false };
}

/** A vitest timeout for a property whose CI sample takes up to `ciMs`: grows with the scale. */
export function fuzzTimeout(ciMs: number): number {
  return Math.round(ciMs * FUZZ_SCALE);
}
