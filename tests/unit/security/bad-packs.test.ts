/**
 * Bad packs: every malformed pack in tests/fixtures/bad-packs/ (one defect per file, named by
 * what is wrong) and a few generated ones too big to keep as files is rejected with a clear
 * message naming the path of the problem (or a clear JSON / size error), through each loader
 * Framelens has: the core's loadPackText (checks/CLI scripts), the options page's import
 * (checkPackText, then saveUserPack only on success), packs read back from storage
 * (readUserPacks, as the background does) and the CLI's `--pack FILE`. Nothing is stored,
 * stored packs and settings stay byte-identical, and no prototype is polluted.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadBuiltinPacks } from '@/utils/core/lexicon/builtin-packs';
import { CliError } from '@/cli/cli-error';
import { loadCliPacks } from '@/cli/load-packs';
import { checkPackText } from '@/components/PackImport';
import { loadPack, loadPackText } from '@/utils/core/lexicon/load-pack';
import { DEFAULT_SETTINGS, SETTINGS_KEY, loadSettings, updateSettings, withSite } from '@/utils/ext/settings';
import { USER_PACKS_KEY, loadAllPacks, readUserPacks, saveUserPack } from '@/utils/ext/user-packs';

const DIR = path.resolve(import.meta.dirname, '../../fixtures/bad-packs');
const expected = JSON.parse(readFileSync(path.join(DIR, '_expected.json'), 'utf8')) as Record<string, { message: string; path: string | null }>;
const CONTROL = readFileSync(path.join(DIR, '_valid-control.json'), 'utf8');

interface BadCase {
  name: string;
  /** The file as the CLI reads it (UTF-8). */
  text: string;
  /** The file as the options page reads it (`File.text()` decodes UTF-8 and drops a BOM). */
  browserText: string;
  message: string;
  /** The zod-style path the message must name ("→ at …"), or null for JSON / size / shape errors. */
  path: string | null;
  /** The file on disk, for the CLI. */
  file: string;
}

const fileCases: BadCase[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.json') && !f.startsWith('_'))
  .sort()
  .map((f) => {
    const name = f.replace(/\.json$/, '');
    const want = expected[name];
    if (want === undefined) throw new Error(`${f} has no entry in _expected.json`);
    const bytes = readFileSync(path.join(DIR, f));
    return { name, text: bytes.toString('utf8'), browserText: new TextDecoder().decode(bytes), ...want, file: path.join(DIR, f) };
  });

/** The control pack as plain JSON objects, for editing. */
type LoosePack = Record<string, unknown> & { entries: Record<string, unknown>[] };

/** The control pack with one change, as text. */
function control(change: (pack: LoosePack, first: Record<string, unknown>) => void): string {
  const pack = JSON.parse(CONTROL) as LoosePack;
  change(pack, pack.entries[0] as Record<string, unknown>);
  return JSON.stringify(pack);
}

const entry = (id: string, patterns: string[]): Record<string, unknown> => ({ ...(JSON.parse(CONTROL) as LoosePack).entries[0], id, patterns, context: undefined });

/** Cases too big for the repository: megabytes, 100,000 items, 10,000 levels. */
const GENERATED: Omit<BadCase, 'browserText' | 'file'>[] = [
  { name: 'huge-string-2mb', text: control((_p, first) => { first.note = 'x'.repeat(2_000_000); }), message: 'text of 2,000,000 characters; the limit is 5,000', path: 'entries[0].note' },
  { name: 'huge-file-5mb', text: CONTROL + ' '.repeat(5_000_000), message: 'the file is too large: 5,00', path: null },
  { name: 'huge-list-100k-patterns', text: control((_p, first) => { first.patterns = Array(100_000).fill('word'); }), message: 'list of 100,000 items; the limit is 5,000', path: 'entries[0].patterns' },
  { name: 'deep-nesting-10000', text: control((p) => { p.description = 'DEEP'; }).replace('"DEEP"', `${'['.repeat(10_000)}${']'.repeat(10_000)}`), message: 'nested more than 16 levels deep', path: 'description' },
  { name: 'object-with-100k-keys', text: control((p) => { p.activation = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`k${i}`, i])); }), message: 'object with 100,000 keys; the limit is 64', path: 'activation' },
  { name: 'too-many-values', text: control((p) => { p.entries = Array.from({ length: 4_000 }, (_, i) => entry(`t${i}`, Array(60).fill('word'))); }), message: 'more than 250,000 values in one pack', path: null },
  {
    name: 'too-many-pattern-variants',
    // Each pattern is valid alone (128 variants); 450 of them (plus the cue) would put 57,601 paths in the matcher's trie.
    text: control((p) => { p.entries = Array.from({ length: 450 }, (_, i) => entry(`t${i}`, ['a[b,c][d,e][f,g][h,i][j,k][l,m][n,o]'])); }),
    message: 'variants; the limit per pack is 50,000', path: 'entries',
  },
  { name: 'thousands-of-problems', text: control((p) => { p.entries = Array.from({ length: 3_000 }, (_, i) => ({ ...entry(`t${i}`, ['word']), kind: 'word' })); }), message: '… and 2980 more problems', path: 'entries[0].kind' },
];

const tmp = mkdtempSync(path.join(tmpdir(), 'framelens-bad-packs-'));
const emptyPacksDir = mkdtempSync(path.join(tmpdir(), 'framelens-no-packs-'));
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
  rmSync(emptyPacksDir, { recursive: true, force: true });
});
const generatedCases: BadCase[] = GENERATED.map((c) => {
  const file = path.join(tmp, `${c.name}.json`);
  writeFileSync(file, c.text);
  return { ...c, browserText: c.text, file };
});
const ALL = [...fileCases, ...generatedCases];

/** The message names the problem and, where there is one, its path in zod's notation. */
function expectClear(error: string, c: BadCase): void {
  expect(error).toContain(c.message);
  if (c.path !== null) expect(error).toContain(`→ at ${c.path}`);
  // Readable: a bounded message, never the megabytes that caused it.
  expect(error.length).toBeLessThan(4_000);
}

describe('bad pack fixtures', () => {
  it('has at least 50 cases, each named in _expected.json, and a control that loads', () => {
    expect(ALL.length).toBeGreaterThanOrEqual(50);
    expect(Object.keys(expected).sort()).toEqual(fileCases.map((c) => c.name));
    const loaded = loadPackText(CONTROL);
    expect(loaded.ok, loaded.ok ? '' : loaded.error).toBe(true);
    // The browser drops a UTF-8 BOM; so does the core, so a BOM alone is not a defect.
    expect(loadPackText(`\ufeff${CONTROL}`).ok).toBe(true);
  });

  it.each(ALL.map((c) => [c.name, c] as const))('loadPackText rejects %s with a clear message', (_name, c) => {
    const loaded = loadPackText(c.text);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expectClear(loaded.error, c);
  });

  it.each(ALL.map((c) => [c.name, c] as const))('the CLI refuses --pack %s', (_name, c) => {
    let thrown: unknown;
    try {
      loadCliPacks([c.file], emptyPacksDir);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CliError);
    const message = (thrown as Error).message;
    expect(message).toContain(`invalid pack ${c.file}`);
    expect(message).toContain(c.name === 'huge-file-5mb' ? 'the file is too large' : c.message);
  });
});

describe('bad packs and the reader’s storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('importing every bad pack saves nothing and leaves stored packs and settings byte-identical', async () => {
    const good = loadPackText(CONTROL);
    if (!good.ok) throw new Error(good.error);
    await saveUserPack({ ...good.pack, id: 'my-own-pack', title: 'My own pack' });
    await updateSettings((s) => ({ ...withSite(s, 'news.example', false), hiddenCategories: ['loaded'] }));
    const before = JSON.stringify(await browser.storage.local.get(null));
    const taken = new Set((await loadAllPacks(browser.storage.local, async () => loadBuiltinPacks().packs)).user.map((p) => p.id));
    for (const c of ALL) {
      // What the options page does: check, and save only a pack that passed.
      const result = checkPackText(c.browserText, taken);
      expect(result.ok, c.name).toBe(false);
      if (result.ok) await saveUserPack(result.pack);
      else expect(result.problems.join('\n'), c.name).toContain(c.message);
    }
    expect(JSON.stringify(await browser.storage.local.get(null))).toBe(before);
    expect((await loadSettings()).disabledSites).toEqual(['news.example']);
  });

  it('stored garbage is reported and skipped; the valid stored packs still load', async () => {
    const good = loadPackText(CONTROL);
    if (!good.ok) throw new Error(good.error);
    // Storage holds values, not files: the one case whose only defect is its file size is a valid value.
    const parsed = ALL.filter((c) => c.name !== 'huge-file-5mb').flatMap((c) => {
      try {
        return [JSON.parse(c.browserText) as unknown];
      } catch {
        return [c.browserText]; // not JSON: stored as the string itself
      }
    });
    const stored = [good.pack, ...parsed];
    const read = readUserPacks(stored);
    expect(read.packs.map((p) => p.id)).toEqual([good.pack.id]);
    expect(read.problems).toHaveLength(parsed.length);
    expect(read.rejected).toHaveLength(parsed.length);
    // Through storage too (the fake storage copies with JSON.stringify, which recurses: the 10,000-deep value stays out).
    const storable = stored.filter((_, i) => i === 0 || ALL.filter((c) => c.name !== 'huge-file-5mb')[i - 1]?.name !== 'deep-nesting-10000');
    await browser.storage.local.set({ [USER_PACKS_KEY]: storable, [SETTINGS_KEY]: DEFAULT_SETTINGS });
    expect((await loadAllPacks(browser.storage.local, async () => loadBuiltinPacks().packs)).user.map((p) => p.id)).toEqual([good.pack.id]);
  });
});

describe('prototype pollution', () => {
  it('no bad pack, loaded any way, adds a property to Object.prototype', () => {
    const keysBefore = Object.getOwnPropertyNames(Object.prototype).sort();
    for (const c of ALL.filter((x) => /proto|constructor/.test(x.name))) {
      loadPackText(c.text);
      loadPack(JSON.parse(c.text));
      readUserPacks([JSON.parse(c.text)]);
      checkPackText(c.browserText, new Set());
    }
    const probe: Record<string, unknown> = {};
    expect(probe.polluted).toBeUndefined();
    expect(probe.isAdmin).toBeUndefined();
    expect(({} as Record<string, unknown>).minHits).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(keysBefore);
  });
});
