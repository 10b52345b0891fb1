/**
 * Loads one pack from untrusted JSON: reads its schemaVersion, migrates older versions
 * step by step, validates with zod (problems reported with their paths via
 * `z.prettifyError`), and checks that every pattern parses.
 */
import { z } from 'zod';
import { migrateV1ToV2 } from './migrate-pack';
import { PackV1 } from './pack-v1';
import { parsePattern } from './pattern';
import { PACK_SCHEMA_VERSION, Pack } from './schema';

/** The result of loading a pack: the pack and notes, or one readable error. */
export type LoadedPack =
  | { ok: true; pack: Pack; migratedFrom: number | null; notes: string[] }
  | { ok: false; error: string };

/** Every pattern of a pack with where it sits, for checks and messages. */
export function packPatterns(pack: Pack): { where: string; pattern: string }[] {
  const out: { where: string; pattern: string }[] = [];
  if ('cues' in pack.activation) pack.activation.cues.forEach((pattern, i) => out.push({ where: `activation.cues[${i}]`, pattern }));
  pack.entries.forEach((e, i) => {
    const at = `entries[${i}] (${e.id})`;
    if (e.kind === 'place') e.names.forEach((n, j) => n.patterns.forEach((pattern, k) => out.push({ where: `${at}.names[${j}].patterns[${k}]`, pattern })));
    else e.patterns.forEach((pattern, k) => out.push({ where: `${at}.patterns[${k}]`, pattern }));
    if (e.kind === 'term') {
      (e.context ?? []).forEach((r, j) => {
        if ('patterns' in r) r.patterns.forEach((pattern, k) => out.push({ where: `${at}.context[${j}].patterns[${k}]`, pattern }));
      });
    }
  });
  return out;
}

function validate(json: unknown, migratedFrom: number | null, notes: string[]): LoadedPack {
  const parsed = Pack.safeParse(json);
  if (!parsed.success) return { ok: false, error: z.prettifyError(parsed.error) };
  const bad = packPatterns(parsed.data)
    .map(({ where, pattern }) => ({ where, result: parsePattern(pattern) }))
    .flatMap(({ where, result }) => (result.ok ? [] : [`✖ ${result.error}\n  → at ${where}`]));
  if (bad.length > 0) return { ok: false, error: bad.join('\n') };
  return { ok: true, pack: parsed.data, migratedFrom, notes };
}

function withoutSchemaKey(input: object): object {
  const { $schema: _schema, ...rest } = input as Record<string, unknown>;
  return rest;
}

/** Loads, migrates and validates a pack given as parsed JSON. */
export function loadPack(input: unknown): LoadedPack {
  // Hand-written packs may point editors at docs/schema/pack.schema.json; the key is not pack data.
  const json = typeof input === 'object' && input !== null && '$schema' in input ? withoutSchemaKey(input) : input;
  const version = typeof json === 'object' && json !== null && 'schemaVersion' in json ? json.schemaVersion : undefined;
  if (version === PACK_SCHEMA_VERSION) return validate(json, null, []);
  if (version === 1) {
    const v1 = PackV1.safeParse(json);
    if (!v1.success) return { ok: false, error: `schemaVersion 1 pack is invalid:\n${z.prettifyError(v1.error)}` };
    const { pack, notes } = migrateV1ToV2(v1.data);
    return validate(pack, 1, notes);
  }
  return { ok: false, error: `unsupported schemaVersion ${JSON.stringify(version)}: this build reads 1 to ${PACK_SCHEMA_VERSION}` };
}

/** Loads a pack from JSON text (a file or an import). */
export function loadPackText(text: string): LoadedPack {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `not valid JSON: ${(error as Error).message}` };
  }
  return loadPack(json);
}
