/**
 * Golden outputs of the analysis core, to show that a speed-up changed no result: analyses the
 * article text of the fixture pages, the browser benchmark's synthetic pages (2k/10k/50k words) and a
 * sample of ../shared/corpus (when present) with the built-in packs, the 100- and 10,000-entry
 * lexicon-scale packs and built-in + 10,000, and writes one JSON file per case. Run it before and
 * after a change into two folders outside the repository and compare them with `diff -r`.
 * Usage: npx tsx scripts/analysis-golden.ts OUT_DIR
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { loadCliPacks } from '../cli/load-packs';
import { analyzeText } from '../utils/core/analyze';
import { detectArticle } from '../utils/core/article/detect-article';
import { compileLexicon } from '../utils/core/lexicon/compile';
import { scalePacks } from './bench/scale-packs';
import { syntheticArticle } from './bench/synthetic-page';

const ROOT = join(import.meta.dirname, '..');
const FIXTURES = join(ROOT, 'tests/fixtures/pages');
const CORPUS = join(ROOT, '../shared/corpus');
/** Every n-th corpus page, so the check stays a few seconds long. */
const AEB_EVERY = 6;
const READABILITY_EVERY = 4;

const out = process.argv[2];
if (!out) {
  process.stderr.write('usage: npx tsx scripts/analysis-golden.ts OUT_DIR\n');
  process.exit(2);
}
mkdirSync(out, { recursive: true });

/** Article text by case name: the detected text, so a change to detection does not show up here. */
const texts = new Map<string, string>();
const detect = (name: string, html: string): void => {
  texts.set(name, detectArticle(parseHTML(html).document as unknown as Document, { force: true }).text);
};
for (const page of readdirSync(FIXTURES).sort()) detect(`fixture-${page}`, readFileSync(join(FIXTURES, page, 'source.html'), 'utf8'));
for (const words of [2_000, 10_000, 50_000]) detect(`synthetic-${words}`, syntheticArticle(words));
const aeb = join(CORPUS, 'article-extraction-benchmark/html');
if (existsSync(aeb)) {
  readdirSync(aeb).sort().forEach((file, i) => {
    if (i % AEB_EVERY === 0) detect(`aeb-${file.slice(0, 8)}`, gunzipSync(readFileSync(join(aeb, file))).toString('utf8'));
  });
}
const readability = join(CORPUS, 'readability-pages');
if (existsSync(readability)) {
  readdirSync(readability).sort().forEach((dir, i) => {
    const source = join(readability, dir, 'source.html');
    if (i % READABILITY_EVERY === 0 && existsSync(source)) detect(`rp-${dir}`, readFileSync(source, 'utf8'));
  });
}

const builtin = loadCliPacks([]).packs;
const lexicons = {
  builtin: compileLexicon(builtin),
  scale100: compileLexicon(scalePacks(100)),
  scale10k: compileLexicon(scalePacks(10_000)),
  builtinScale10k: compileLexicon([...builtin, ...scalePacks(10_000)]),
};
let written = 0;
for (const [name, text] of texts) {
  // Corpus pages with the built-in and the largest lexicon; the fixtures and synthetic pages with all four.
  const all = name.startsWith('fixture-') || name.startsWith('synthetic-');
  for (const [lexiconName, lexicon] of Object.entries(lexicons)) {
    if (!all && lexiconName !== 'builtin' && lexiconName !== 'scale10k') continue;
    writeFileSync(join(out, `${name}.${lexiconName}.json`), `${JSON.stringify(analyzeText(text, lexicon), null, 1)}\n`);
    written++;
  }
}
process.stdout.write(`${texts.size} texts, ${written} analyses written to ${out}\n`);
