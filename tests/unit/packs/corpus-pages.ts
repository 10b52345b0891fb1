/**
 * The real news pages of ../shared/corpus (present on developer machines, absent in CI),
 * with their article text as the extension would extract it: parsed with linkedom and
 * passed through detectArticle (forced, so every page yields its best candidate text).
 * Used by the conflict-packs-quiet test and scripts/pack-precision.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { detectArticle } from '../../../utils/core/article/detect-article';

/** Where the shared corpus lives relative to the repository. */
export const CORPUS_DIR = resolve(import.meta.dirname, '../../../../shared/corpus');

const AEB = 'article-extraction-benchmark';
const READABILITY = 'readability-pages';

/** One corpus page: a stable id ("aeb/<hash>" or "readability/<slug>") and where it came from. */
export interface CorpusPage {
  id: string;
  url: string | null;
  read: () => string;
}

/** Whether the shared corpus is present. */
export function corpusAvailable(dir: string = CORPUS_DIR): boolean {
  return existsSync(join(dir, AEB, 'html')) && existsSync(join(dir, READABILITY, 'pages.tsv'));
}

/** The real pages: all 181 benchmark pages and the 89 real-site readability snapshots (not the synthetic fixtures). */
export function listCorpusPages(dir: string = CORPUS_DIR): CorpusPage[] {
  const truth = JSON.parse(readFileSync(join(dir, AEB, 'ground-truth.json'), 'utf8')) as Record<string, { url?: string }>;
  const aeb = readdirSync(join(dir, AEB, 'html'))
    .filter((f) => f.endsWith('.html.gz'))
    .sort()
    .map((f) => {
      const hash = f.replace(/\.html\.gz$/, '');
      return { id: `aeb/${hash}`, url: truth[hash]?.url ?? null, read: () => gunzipSync(readFileSync(join(dir, AEB, 'html', f))).toString('utf8') };
    });
  const real = readFileSync(join(dir, READABILITY, 'pages.tsv'), 'utf8')
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'))
    .filter((cols) => cols[1] === 'real' && cols[0])
    .map((cols) => cols[0] as string);
  const readability = real.sort().map((slug) => ({
    id: `readability/${slug}`,
    url: null,
    read: () => readFileSync(join(dir, READABILITY, slug, 'source.html'), 'utf8'),
  }));
  return [...aeb, ...readability];
}

/** The article text of a page, as the extension would analyse it. */
export function articleText(html: string, url?: string | null): string {
  const { document } = parseHTML(html);
  return detectArticle(document as unknown as Document, { force: true, url: url ?? undefined }).text;
}
