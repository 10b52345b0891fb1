/**
 * Benchmark of the analysis core (not a test): analysis time for the demo article and
 * for a synthetic 10,000-word article at 100, 1,000 and 10,000 lexicon entries, plus
 * compile time, to show that matching cost stays flat as entries grow. The entries are
 * pronounceable words and phrases that all occur in the synthetic text, so every size
 * does real matching work. `--write` records the output in docs/benchmarks.md under
 * "## Analysis core" (other sections are left alone).
 * Usage: npm run bench:analysis [-- --write]
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { loadCliPacks } from '../cli/load-packs';
import { analyzeText } from '../utils/core/analyze';
import { detectArticle } from '../utils/core/article/detect-article';
import { compileLexicon } from '../utils/core/lexicon/compile';
import { createScanContext } from '../utils/core/lexicon/scan-context';
import type { CompiledLexicon } from '../utils/core/lexicon/compiled-lexicon';
import { Pack, type PackInput } from '../utils/core/lexicon/schema';
import { scalePacks } from './bench/scale-packs';
import { syntheticArticle as syntheticPage } from './bench/synthetic-page';

/** Timed runs per case; the fastest is reported (the first run warms the JIT and is dropped). On a shared
 * machine the minimum is the run least disturbed by other processes, so it is the steadiest figure. */
const RUNS = 9;
const SYNTHETIC_WORDS = 10_000;
const ENTRY_COUNTS = [100, 1_000, 10_000] as const;
/** Fixed seed so every run benchmarks the same text and entries. */
const SEED = 20201003;
const ROOT = join(import.meta.dirname, '..');
const DEMO = join(ROOT, 'tests/fixtures/pages/demo/source.html');
const DOC = join(ROOT, 'docs/benchmarks.md');
const SECTION = '## Analysis core';
/** The browser benchmark's synthetic news pages (words) and its smallest and largest lexicon-scale packs. */
const PAGE_WORDS = [2_000, 10_000, 50_000] as const;
const SCALE_SMALL = 100;
const SCALE_LARGE = 10_000;
/** More runs for the pages table: its ratio compares times of a few ms, where one disturbed run matters. */
const PAGE_RUNS = 25;

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const SYLLABLES = ['ka', 'ra', 'bel', 'mon', 'ter', 'zan', 'dor', 'vik', 'sel', 'ma', 'lin', 'gor', 'tas', 'ven', 'pol', 'rid', 'nu', 'shan', 'kel', 'bar'];

/** `count` distinct entry phrases (1–3 pronounceable words) and the filler words around them. */
function vocabulary(count: number, rnd: () => number): string[] {
  const word = (): string => Array.from({ length: 2 + Math.floor(rnd() * 2) }, () => SYLLABLES[Math.floor(rnd() * SYLLABLES.length)]).join('');
  const phrases = new Set<string>();
  while (phrases.size < count) phrases.add(Array.from({ length: 1 + Math.floor(rnd() * 3) }, word).join(' '));
  return [...phrases];
}

const FILLER = 'the of and in to a was that for on with as by at from said it its after over during their his her about'.split(' ');

/** A synthetic article: sentences of filler words with entry phrases sprinkled in, paragraphs every few sentences. */
function syntheticArticle(phrases: readonly string[], words: number, rnd: () => number): string {
  const out: string[] = [];
  let n = 0;
  let sentence: string[] = [];
  while (n < words) {
    const useEntry = rnd() < 0.15;
    const piece = useEntry ? (phrases[Math.floor(rnd() * phrases.length)] as string) : (FILLER[Math.floor(rnd() * FILLER.length)] as string);
    sentence.push(piece);
    n += piece.split(' ').length;
    if (sentence.length >= 12 + Math.floor(rnd() * 10)) {
      const s = sentence.join(' ');
      out.push(`${s.charAt(0).toUpperCase()}${s.slice(1)}.`);
      sentence = [];
      if (rnd() < 0.25) out.push('\n\n');
    }
  }
  return out.join(' ').replace(/ \n\n /g, '\n\n');
}

/** A pack of `phrases`: 70 % terms (one in ten with a context rule), 20 % actors, 10 % places. */
function syntheticPack(phrases: readonly string[]): Pack {
  const common = { asOf: '2024-01-01', sources: [{ title: 'Synthetic', url: 'https://example.org/bench' }], examples: { match: ['x x x'], noMatch: ['x x x'] } };
  const entries: PackInput['entries'] = phrases.map((pattern, i) => {
    const id = `e${i}`;
    if (i % 10 < 7) {
      const context = i % 10 === 0 ? [{ type: 'sentence-mentions' as const, kinds: ['place' as const, 'actor' as const] }] : undefined;
      return { kind: 'term', id, ...common, label: id, category: 'other', patterns: [pattern], note: 'A synthetic benchmark term.', perspectives: [{ by: 'bench', view: 'Synthetic entry.' }], alternatives: ['neutral'], ...(context ? { context } : {}) };
    }
    if (i % 10 < 9) {
      return { kind: 'actor', id, ...common, name: pattern, patterns: [pattern], matchCase: 'any', actorType: 'person', role: 'Synthetic', side: 'third-party', alignment: 'Synthetic', context: 'A synthetic benchmark actor.' };
    }
    return { kind: 'place', id, ...common, matchCase: 'any', neutralName: pattern, names: [{ name: pattern, patterns: [pattern], usedBy: ['bench'] }], context: 'A synthetic benchmark place.' };
  });
  return Pack.parse({ schemaVersion: 2, id: 'bench', title: 'Synthetic bench', version: '1.0.0', asOf: '2024-01-01', languages: ['en'], description: 'Synthetic entries for the benchmark.', activation: { always: true }, entries });
}

/** CPU milliseconds of each of `fns` (user + system): on a shared, overloaded machine wall time mostly measures the
 * neighbours, while CPU time stays close to the work done. Fastest of RUNS runs after a warm-up; the cases run in
 * turn (a, b, a, b, …), so two cases compared see the same JIT state and the same load. */
function timeInTurn(runs: number, ...fns: (() => void)[]): number[] {
  const samples = fns.map((): number[] => []);
  for (let i = 0; i <= runs; i++) {
    fns.forEach((fn, k) => {
      const before = process.cpuUsage();
      fn();
      const used = process.cpuUsage(before);
      if (i > 0) samples[k]?.push((used.user + used.system) / 1000);
    });
  }
  return samples.map((s) => Math.min(...s));
}

function time(fn: () => void): number {
  return timeInTurn(RUNS, fn)[0] ?? 0;
}

function row(cells: (string | number)[]): string {
  return `| ${cells.join(' | ')} |`;
}

const lines: string[] = [];
const log = (s = ''): void => {
  lines.push(s);
  process.stdout.write(`${s}\n`);
};

const rnd = random(SEED);
const phrases = vocabulary(Math.max(...ENTRY_COUNTS), rnd);
const text = syntheticArticle(phrases, SYNTHETIC_WORDS, rnd);

log(SECTION);
log();
log(`Recorded by \`npm run bench:analysis -- --write\` on ${new Date().toISOString().slice(0, 10)}: Node ${process.version}, ${availableParallelism()} × ${cpus()[0]?.model.trim() ?? 'CPU'}, load average ${loadavg()[0]?.toFixed(1)} (the machine is shared, so times are CPU time, not wall time). Fastest of ${RUNS} runs after one warm-up.`);
log();
log('### Synthetic 10,000-word article, growing lexicon');
log();
log(row(['lexicon entries', 'trie nodes', 'compile (CPU ms)', 'tokenize + trie walk (CPU ms)', 'findings', 'full analysis (CPU ms)', 'µs per finding']));
log(row(['---:', '---:', '---:', '---:', '---:', '---:', '---:']));
for (const count of ENTRY_COUNTS) {
  const pack = syntheticPack(phrases.slice(0, count));
  let lexicon: CompiledLexicon = compileLexicon([pack]);
  const compileMs = time(() => {
    lexicon = compileLexicon([pack]);
  });
  const findings = analyzeText(text, lexicon).findings.length;
  const walk = time(() => createScanContext(text, lexicon));
  const ms = time(() => analyzeText(text, lexicon));
  log(row([count.toLocaleString('en-US'), lexicon.trie.length.toLocaleString('en-US'), compileMs.toFixed(1), walk.toFixed(1), findings.toLocaleString('en-US'), ms.toFixed(1), ((ms * 1000) / Math.max(1, findings)).toFixed(0)]));
}

log();
log('The text holds phrases of all 10,000 entries, so a bigger lexicon also finds more: the trie walk stays near-flat and the rest grows with the findings, not the entries. With the findings held constant (a second 10,000-word text using only the first 100 entries\' phrases), the whole analysis is flat:');
log();
log(row(['lexicon entries', 'findings', 'full analysis (CPU ms)']));
log(row(['---:', '---:', '---:']));
const sameText = syntheticArticle(phrases.slice(0, 100), SYNTHETIC_WORDS, random(SEED + 1));
for (const count of ENTRY_COUNTS) {
  const lexicon = compileLexicon([syntheticPack(phrases.slice(0, count))]);
  const findings = analyzeText(sameText, lexicon).findings.length;
  log(row([count.toLocaleString('en-US'), findings.toLocaleString('en-US'), time(() => analyzeText(sameText, lexicon)).toFixed(1)]));
}

log();
log(`### The browser benchmark's pages, ${SCALE_SMALL} and ${SCALE_LARGE.toLocaleString('en-US')} lexicon entries`);
log();
log(`The article text that detection finds in the synthetic news pages of \`npm run bench:browser\` (scripts/bench/synthetic-page.ts), analysed with its lexicon-scale packs (scripts/bench/scale-packs.ts: names and phrases the pages contain), the two lexicons in turn, fastest of ${PAGE_RUNS} runs each. The target is a ratio of at most 1.25.`);
log();
log(row(['page', 'findings (100)', 'CPU ms (100)', `findings (${SCALE_LARGE.toLocaleString('en-US')})`, `CPU ms (${SCALE_LARGE.toLocaleString('en-US')})`, 'ratio']));
log(row(['---', '---:', '---:', '---:', '---:', '---:']));
const small = compileLexicon(scalePacks(SCALE_SMALL));
const large = compileLexicon(scalePacks(SCALE_LARGE));
const pages: [string, string][] = PAGE_WORDS.map((words) => [`synthetic ${words.toLocaleString('en-US')} words`, syntheticPage(words)]);
if (existsSync(DEMO)) pages.unshift(['demo article', readFileSync(DEMO, 'utf8')]);
for (const [name, html] of pages) {
  const pageText = detectArticle(parseHTML(html).document as unknown as Document).text;
  const [smallMs = 0, largeMs = 0] = timeInTurn(PAGE_RUNS, () => analyzeText(pageText, small), () => analyzeText(pageText, large));
  log(row([name, analyzeText(pageText, small).findings.length.toLocaleString('en-US'), smallMs.toFixed(1), analyzeText(pageText, large).findings.length.toLocaleString('en-US'), largeMs.toFixed(1), (largeMs / smallMs).toFixed(2)]));
}

log();
log('### Demo article with the built-in packs');
log();
const { packs } = loadCliPacks([]);
let builtin: CompiledLexicon = compileLexicon(packs);
const builtinCompile = time((): void => {
  builtin = compileLexicon(packs);
});
const entries = packs.reduce((n, p) => n + p.entries.length, 0);
log(row(['case', 'words', 'findings', 'CPU ms']));
log(row(['---', '---:', '---:', '---:']));
log(row([`compile ${packs.length} built-in packs (${entries.toLocaleString('en-US')} entries, ${builtin.outputs.source.length.toLocaleString('en-US')} patterns)`, '–', '–', builtinCompile.toFixed(1)]));
if (existsSync(DEMO)) {
  const html = readFileSync(DEMO, 'utf8');
  const detection = detectArticle(parseHTML(html).document as unknown as Document);
  const words = detection.text.split(/\s+/).length;
  const findings = analyzeText(detection.text, builtin).findings.length;
  log(row(['analyse the demo article text', words, findings, time(() => analyzeText(detection.text, builtin)).toFixed(1)]));
  log(row(['parse + detect + analyse the demo page (linkedom)', words, findings, time(() => {
    const doc = parseHTML(html).document as unknown as Document;
    analyzeText(detectArticle(doc).text, builtin);
  }).toFixed(1)]));
} else {
  log(row(['demo article missing (tests/fixtures/pages/demo/source.html)', '–', '–', '–']));
}
log(row([`synthetic 10,000-word article, built-in packs`, SYNTHETIC_WORDS.toLocaleString('en-US'), analyzeText(text, builtin).findings.length, time(() => analyzeText(text, builtin)).toFixed(1)]));

/**
 * Page shapes that once made a step quadratic (quotes, pronoun speakers, unknown speakers, roles
 * and names, text without sentence ends), each at `n` and `2n` repeats of one paragraph of our own:
 * the time should double with the page, not quadruple.
 */
const SHAPES: Record<string, (n: number) => string> = {
  'quotes naming states': (n) => Array.from({ length: n }, (_, i) => `“Armenia and Azerbaijan met in Karabakh.” The talks failed.${i % 3 === 2 ? '\n\n' : ' '}`).join(''),
  'pronoun speakers': (n) => Array.from({ length: n }, (_, i) => `Anna Petrosyan${i}, a teacher, spoke. He said the road was closed. She said it reopens.${i % 4 === 3 ? '\n\n' : ' '}`).join(''),
  'unknown speakers': (n) => Array.from({ length: n }, (_, i) => `Officials in Zorvan${i} said the border was shut, Mr. Karo${i} Teryan said. The ministry said nothing.${i % 4 === 3 ? '\n\n' : ' '}`).join(''),
  'roles and names': (n) => Array.from({ length: n }, (_, i) => `Foreign Minister Jeyhun Bayramov${i % 50} met President Ilham Aliyev and spokesman Hikmet Hajiyev${i % 70}. `).join(''),
  'no sentence ends': (n) => Array.from({ length: n }, () => 'armenia azerbaijan karabakh occupied said officials').join(' '),
};
const SHAPE_REPEATS = 1_500;

log();
log('### Doubling the page');
log();
log(`Each shape is one paragraph of our own repeated ${SHAPE_REPEATS.toLocaleString('en-US')} and ${(2 * SHAPE_REPEATS).toLocaleString('en-US')} times, analysed with the built-in packs; a step that is quadratic in the page shows as a factor near 4.`);
log();
log(row(['shape', 'characters (n)', 'CPU ms (n)', 'CPU ms (2n)', 'factor']));
log(row(['---', '---:', '---:', '---:', '---:']));
for (const [name, shape] of Object.entries(SHAPES)) {
  const once = shape(SHAPE_REPEATS);
  const twice = shape(2 * SHAPE_REPEATS);
  const [onceMs = 0, twiceMs = 0] = timeInTurn(RUNS, () => analyzeText(once, builtin), () => analyzeText(twice, builtin));
  log(row([name, once.length.toLocaleString('en-US'), onceMs.toFixed(1), twiceMs.toFixed(1), (twiceMs / onceMs).toFixed(2)]));
}

if (process.argv.includes('--write')) {
  const body = `${lines.join('\n')}\n`;
  const current = existsSync(DOC) ? readFileSync(DOC, 'utf8') : '# Benchmarks\n';
  const start = current.indexOf(`${SECTION}\n`);
  let next: string;
  if (start === -1) {
    next = `${current.trimEnd()}\n\n${body}`;
  } else {
    const rest = current.slice(start + SECTION.length);
    const end = rest.search(/\n## (?!#)/);
    // Keep any hand-written notes under the section that follow the generated tables ("### Notes" onwards).
    const section = end === -1 ? rest : rest.slice(0, end);
    const notesAt = section.indexOf('\n### Notes');
    const notes = notesAt === -1 ? '' : `\n${section.slice(notesAt + 1).trimEnd()}\n`;
    next = `${current.slice(0, start)}${body}${notes}${end === -1 ? '' : rest.slice(end)}`;
  }
  writeFileSync(DOC, next);
  process.stdout.write(`\nwrote the "${SECTION}" section of ${DOC}\n`);
}
