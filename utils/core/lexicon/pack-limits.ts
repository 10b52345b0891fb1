/**
 * Size limits for pack files, checked before the schema: a pack comes from a file a reader picked
 * or from storage, so a huge or deeply nested one must be refused quickly and with a clear message
 * instead of freezing the options page or the background. The limits are far above the largest
 * built-in pack (354 KB, 10,122 JSON values, strings up to 642 characters, lists up to 192 items,
 * 6 levels deep, 5,384 pattern variants) and far below what hurts.
 *
 * Also refused here: the keys `__proto__`, `constructor` and `prototype`, which no pack field uses
 * and which are the usual way to pollute object prototypes through merged JSON.
 */

/** Longest pack file, in characters (UTF-16 units; about the size in bytes for Latin text). */
export const MAX_PACK_CHARS = 4_000_000;
/** Longest string anywhere in a pack. */
export const MAX_STRING_CHARS = 5_000;
/** Longest list anywhere in a pack. */
export const MAX_LIST_ITEMS = 5_000;
/** Most keys in one object (the widest pack object has 16). */
export const MAX_OBJECT_KEYS = 64;
/** Deepest nesting of lists and objects (packs use 6). */
export const MAX_DEPTH = 16;
/** Most JSON values in one pack. */
export const MAX_VALUES = 250_000;
/** Most pattern variants (after [endings] and ~ joins) in one pack: each becomes a path in the matcher's trie. */
export const MAX_PACK_VARIANTS = 50_000;
/**
 * Most words (tokens) in all the pattern variants that hold a `*` wildcard, in one pack. A literal
 * pattern follows one path through the matcher's trie per word of text; a wildcard variant adds a
 * path that every word of the text can take, so the matcher's work per word grows with the total
 * length of the wildcard variants. Measured on the shared 2-core machine: 2,048 wildcard variants
 * (24,564 words) took 6.6 s to match 8,000 words; 970 wildcard words, 2.4 s for 50,000 words. Two
 * packs at this limit (pattern-hang.test.ts) take ~5 s for 50,000 words of the worst text under
 * heavy load, ~0.1 s without wildcards: linear, never a hang. The built-in packs use no wildcard.
 */
export const MAX_WILDCARD_WORDS = 300;
/** Most problems listed for one pack: a pack with 5,000 bad entries gets a readable message, not 5,000 lines. */
export const MAX_PROBLEMS_LISTED = 20;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** A number as limit messages write it: `50,000`. */
export const count = (n: number): string => n.toLocaleString('en-US');

/** A path in the notation `z.prettifyError` uses: `entries[3].note`. */
function pathText(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : /^[A-Za-z_$][\w$]*$/.test(p) ? `${i === 0 ? '' : '.'}${p}` : `[${JSON.stringify(p)}]`)).join('');
}

/** One problem in the format of `z.prettifyError`, so callers split and show all problems alike. */
export function problemAt(message: string, path: readonly (string | number)[]): string {
  return path.length === 0 ? `✖ ${message}` : `✖ ${message}\n  → at ${pathText(path)}`;
}

/** The first limit `json` breaks (depth-first, in file order), as one problem with its path; null when within limits. */
export function checkPackLimits(json: unknown): string | null {
  let values = 0;
  // An explicit stack, not recursion: a deeply nested file must not overflow the call stack.
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: json, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: (string | number)[] };
    if (++values > MAX_VALUES) return problemAt(`more than ${count(MAX_VALUES)} values in one pack`, []);
    if (typeof value === 'string') {
      if (value.length > MAX_STRING_CHARS) return problemAt(`text of ${count(value.length)} characters; the limit is ${count(MAX_STRING_CHARS)}`, path);
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (path.length >= MAX_DEPTH) return problemAt(`nested more than ${MAX_DEPTH} levels deep`, path);
    if (Array.isArray(value)) {
      if (value.length > MAX_LIST_ITEMS) return problemAt(`list of ${count(value.length)} items; the limit is ${count(MAX_LIST_ITEMS)}`, path);
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: [...path, i] });
      continue;
    }
    const keys = Object.keys(value);
    if (keys.length > MAX_OBJECT_KEYS) return problemAt(`object with ${count(keys.length)} keys; the limit is ${MAX_OBJECT_KEYS}`, path);
    for (const key of keys) if (FORBIDDEN_KEYS.has(key)) return problemAt(`the key "${key}" is not allowed in a pack`, [...path, key]);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i] as string;
      stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return null;
}
