import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEnglish } from './i18n-setup';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const SOURCES = ['components', 'utils/page', 'entrypoints'];
/** t('key'), tCount('key'), and `labelKey: 'key'` / `*_KEYS` tables. */
const KEY_USE = /\bt(?:Count)?\(\s*'([A-Za-z0-9_]+)'|(?:labelKey|Key):\s*'([A-Za-z0-9_]+)'|'((?:welcome|voiceLabel|category|legend|line|group|export)[A-Z][A-Za-z]*)'/g;

function sourceFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(d.name) ? [full] : [];
  });
}

describe('English messages', () => {
  const messages = loadEnglish();
  it('has every key the code uses', () => {
    const missing: string[] = [];
    const used = new Set<string>();
    for (const file of SOURCES.flatMap((d) => sourceFiles(path.join(ROOT, d)))) {
      for (const m of fs.readFileSync(file, 'utf8').matchAll(KEY_USE)) {
        const key = m[1] ?? m[2] ?? m[3];
        if (key) used.add(key);
        if (key && !messages[key]) missing.push(`${path.relative(ROOT, file)}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
    expect(used.size).toBeGreaterThan(40);
  });

  it('has a plural form for every counted key', () => {
    expect(messages.occurrencesPlural?.message).toContain('$1');
  });
});
