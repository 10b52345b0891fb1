/** Expands batch arguments: files as given, directories walked for .html, .htm and .txt files, gzipped or not (sorted). */
import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

const BATCH_EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.txt']);

/** Paths to analyse, and the arguments that could not be listed (with why). */
export function collectFiles(args: readonly string[]): { files: string[]; missing: { path: string; error: string }[] } {
  const files: string[] = [];
  const missing: { path: string; error: string }[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      let isDir: boolean;
      try {
        isDir = statSync(path).isDirectory();
      } catch {
        missing.push({ path, error: 'cannot stat' });
        continue;
      }
      if (isDir) walk(path);
      else if (BATCH_EXTENSIONS.has(extname(name.replace(/\.gz$/i, '')).toLowerCase())) files.push(path);
    }
  };
  for (const arg of args) {
    try {
      if (statSync(arg).isDirectory()) walk(arg);
      else files.push(arg);
    } catch (error) {
      missing.push({ path: arg, error: (error as NodeJS.ErrnoException).code ?? 'unreadable' });
    }
  }
  return { files, missing };
}
