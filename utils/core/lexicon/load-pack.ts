/**
 * Loads one pack from untrusted JSON: checks its size limits (pack-limits.ts), reads its
 * schemaVersion, migrates older versions step by step, validates with zod (problems reported
 * with their paths via `z.prettifyError`), checks that every pattern parses and that ids are
 * unique. Every rejection is a message with the path of the problem; nothing is thrown.
 */
import { z } from 'zod';
import { isRecord } from '../is-record';
import { migrateV1ToV2 } from './migrate-pack';
import { PackV1 } from './pack-v1';
import { MAX_PACK_CHARS, MAX_PACK_VARIANTS, MAX_PROBLEMS_LISTED, MAX_WILDCARD_WORDS, checkPackLimits, count, problemAt } from './pack-limits';
import { WILDCARD, parsePattern } from './pattern';
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
    // A term's rules are its `context`; an actor's or place's, its `contextRules`.
    const [field, rules] = e.kind === 'term' ? ['context', e.context] : ['contextRules', e.contextRules];
    (rules ?? []).forEach((r, j) => {
      if ('patterns' in r) r.patterns.forEach((pattern, k) => out.push({ where: `${at}.${field}[${j}].patterns[${k}]`, pattern }));
    });
  });
  return out;
}

/** zod's report, cut to the first problems so a pack with thousands of bad values stays readable. */
function schemaProblems(error: z.ZodError): string {
  const shown = z.prettifyError(new z.ZodError(error.issues.slice(0, MAX_PROBLEMS_LISTED)));
  const more = error.issues.length - MAX_PROBLEMS_LISTED;
  return more > 0 ? `${shown}\n✖ … and ${more} more problems` : shown;
}

/** An id used twice in one list: the second use, with the path of the first. */
function duplicateIds(list: readonly { id: string }[], field: string): string[] {
  const seen = new Map<string, number>();
  return list.flatMap((item, i) => {
    const first = seen.get(item.id);
    if (first === undefined) {
      seen.set(item.id, i);
      return [];
    }
    return [problemAt(`duplicate id "${item.id}" (first used at ${field}[${first}].id)`, [field, i, 'id'])];
  });
}

function validate(json: unknown, migratedFrom: number | null, notes: string[]): LoadedPack {
  const parsed = Pack.safeParse(json);
  if (!parsed.success) return { ok: false, error: schemaProblems(parsed.error) };
  const pack = parsed.data;
  const dupes = [...duplicateIds(pack.entries, 'entries'), ...duplicateIds(pack.parties, 'parties')];
  if (dupes.length > 0) return { ok: false, error: dupes.slice(0, MAX_PROBLEMS_LISTED).join('\n') };
  let variants = 0;
  let wildcardWords = 0;
  const bad: string[] = [];
  for (const { where, pattern } of packPatterns(pack)) {
    const result = parsePattern(pattern);
    if (!result.ok) {
      if (bad.length < MAX_PROBLEMS_LISTED) bad.push(`✖ ${result.error}\n  → at ${where}`);
      continue;
    }
    variants += result.alternatives.length;
    for (const tokens of result.alternatives) if (tokens.some((t) => t.key === WILDCARD)) wildcardWords += tokens.length;
  }
  if (bad.length > 0) return { ok: false, error: bad.join('\n') };
  if (variants > MAX_PACK_VARIANTS) {
    return { ok: false, error: problemAt(`the patterns expand to ${count(variants)} variants; the limit per pack is ${count(MAX_PACK_VARIANTS)}`, ['entries']) };
  }
  if (wildcardWords > MAX_WILDCARD_WORDS) {
    const message = `the patterns with a * wildcard expand to ${count(wildcardWords)} words in all; the limit per pack is ${count(MAX_WILDCARD_WORDS)} (every word of an article is tried against each)`;
    return { ok: false, error: problemAt(message, ['entries']) };
  }
  return { ok: true, pack, migratedFrom, notes };
}

function withoutSchemaKey(input: object): object {
  const { $schema: _schema, ...rest } = input as Record<string, unknown>;
  return rest;
}

/** What a JSON value is, in words, for "a pack is an object" messages. */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** Loads, migrates and validates a pack given as parsed JSON. */
export function loadPack(input: unknown): LoadedPack {
  if (!isRecord(input)) {
    return { ok: false, error: problemAt(`a pack is a JSON object with "schemaVersion", "id", "entries" …; this is ${kindOf(input)}`, []) };
  }
  const tooBig = checkPackLimits(input);
  if (tooBig !== null) return { ok: false, error: tooBig };
  // Hand-written packs may point editors at docs/schema/pack.schema.json; the key is not pack data.
  const json = '$schema' in input ? withoutSchemaKey(input) : input;
  const version = 'schemaVersion' in json ? json.schemaVersion : undefined;
  if (version === PACK_SCHEMA_VERSION) return validate(json, null, []);
  if (version === 1) {
    const v1 = PackV1.safeParse(json);
    if (!v1.success) return { ok: false, error: `schemaVersion 1 pack is invalid:\n${schemaProblems(v1.error)}` };
    const { pack, notes } = migrateV1ToV2(v1.data);
    return validate(pack, 1, notes);
  }
  const found = version === undefined ? 'missing' : `unsupported schemaVersion ${JSON.stringify(version)}`;
  return { ok: false, error: problemAt(`${found}: this build reads schemaVersion 1 to ${PACK_SCHEMA_VERSION}`, ['schemaVersion']) };
}

/** Loads a pack from JSON text (a file or an import). */
export function loadPackText(text: string): LoadedPack {
  if (text.length > MAX_PACK_CHARS) {
    return { ok: false, error: `the file is too large: ${count(text.length)} characters; the limit is ${count(MAX_PACK_CHARS)}` };
  }
  // A UTF-8 byte-order mark is not content (browsers' File.text() drops it too), so the CLI and the options page agree.
  const body = text.startsWith('\ufeff') ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, error: 'the file is empty' };
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    return { ok: false, error: `not valid JSON: ${(error as Error).message}` };
  }
  return loadPack(json);
}
