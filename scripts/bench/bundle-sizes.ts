/**
 * Sizes of the built extension's files (raw and gzip), grouped by entrypoint, and the content
 * script's size without pack data, checked against its budget.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The content script's budget, gzip, excluding pack data (issue 7). */
export const CONTENT_SCRIPT_BUDGET_GZIP = 60 * 1024;
/** The first stage, the manifest content script that runs on every page (an unlisted script: WXT writes it at the output root). */
export const CONTENT_SCRIPT_FILE = 'first-stage.js';
/** The second stage, injected on article pages only (entrypoints/page-app.content.ts); same budget. */
export const PAGE_APP_FILE = 'content-scripts/page-app.js';
/** Text that only appears in bundled pack data (a pack's schemaVersion key next to its id). */
const PACK_DATA_MARKERS = [/"?schemaVersion"?\s*:\s*2\s*,\s*"?id"?\s*:/g, /"?formatVersion"?\s*:\s*1\s*,\s*"?packs"?\s*:/g];

export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
}

const gzipLength = (data: Buffer | string): number => gzipSync(data, { level: 9 }).length;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** Every .js/.css/.html file of the build with its raw and gzip size, largest first. */
export function bundleSizes(outDir: string): FileSize[] {
  return walk(outDir)
    .filter((f) => /\.(js|css|html)$/.test(f))
    .map((f) => {
      const data = readFileSync(f);
      return { file: relative(outDir, f), raw: data.length, gzip: gzipLength(data) };
    })
    .sort((a, b) => b.gzip - a.gzip);
}

/**
 * Pack data inside a bundle: from each marker (start of a bundled pack or compiled lexicon object)
 * to its matching closing brace. Returns the bundle with those objects cut out, and how much was cut.
 */
export function withoutPackData(code: string): { code: string; cut: number } {
  const spans: [number, number][] = [];
  for (const marker of PACK_DATA_MARKERS) {
    for (const m of code.matchAll(marker)) {
      const open = code.lastIndexOf('{', m.index);
      let depth = 0;
      for (let i = open; i < code.length; i++) {
        if (code[i] === '{') depth++;
        else if (code[i] === '}' && --depth === 0) {
          spans.push([open, i + 1]);
          break;
        }
      }
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [s, e] of spans) {
    if (s < at) continue;
    out += code.slice(at, s) + '{}';
    at = e;
  }
  out += code.slice(at);
  return { code: out, cut: code.length - out.length };
}

/** The content script's gzip size with and without pack data. */
export function contentScriptSize(outDir: string): { raw: number; gzip: number; gzipWithoutPacks: number; packBytes: number } {
  const code = readFileSync(join(outDir, CONTENT_SCRIPT_FILE), 'utf8');
  const stripped = withoutPackData(code);
  return { raw: Buffer.byteLength(code), gzip: gzipLength(code), gzipWithoutPacks: gzipLength(stripped.code), packBytes: stripped.cut };
}
