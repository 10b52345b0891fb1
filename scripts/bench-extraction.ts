/**
 * Article-detection benchmark: our detector vs @mozilla/readability on the shared corpora.
 *
 *   npx tsx scripts/bench-extraction.ts [--only aeb|rp] [--dump ID] [--worst N]
 *
 * `--gap` adds, for each readability page below the recall target, the expected tokens we miss by kind (bench-gap.ts).
 * `--dump ID` writes /tmp/bench-*.txt for the AEB page whose id starts with ID, or for the readability
 * page named ID (there /tmp/bench-missing.txt marks the expected text we miss in [[brackets]]).
 *
 * Each page is parsed once with linkedom; each tool gets its own clone (clone time not
 * counted), and the order of the two tools alternates from page to page.
 * Scoring follows ../shared/corpus/README.md (the benchmark's evaluate.py method).
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { z } from 'zod';
import { detectArticle } from '../utils/core/article';
import { agree, median, percentile, prf, shingleCounts, tokens, type Prf } from './bench-scoring';
import { BREAKING_TAGS, GAP_KINDS, SPEC_EXCLUDED, labelledExpected, missingByKind, textWithout, type GapKind } from './bench-gap';

const CORPUS = path.resolve(import.meta.dirname, '../../shared/corpus');
const AEB = path.join(CORPUS, 'article-extraction-benchmark');
const RP = path.join(CORPUS, 'readability-pages');
/** Pages whose sha id starts with 0-7 were used for tuning; 8-f are held out. */
const HELD_OUT = /^[89a-f]/;

const args = process.argv.slice(2);
const arg = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const only = arg('--only');
const dumpId = arg('--dump');
const worstN = Number(arg('--worst') ?? 10);
/** `--gap`: per page below the RP target, the expected tokens we miss by kind (bench-gap.ts). */
const showGap = args.includes('--gap');
/** The RP recall target. */
const RP_TARGET = 0.95;

const GroundTruthSchema = z.record(z.string(), z.object({ articleBody: z.string(), url: z.string() }));
const ExpectedMetadataSchema = z.looseObject({
  title: z.string().nullable().optional(),
  siteName: z.string().nullable().optional(),
  publishedTime: z.string().nullable().optional(),
  readerable: z.boolean().optional(),
});

interface Run {
  ours: ReturnType<typeof detectArticle>;
  oursBody: string;
  readability: string;
  tOurs: number;
  tReadability: number;
  tParse: number;
}

const times = { ours: [] as number[], readability: [] as number[], parse: [] as number[] };

/** Parse once, clone per tool, time each tool, alternate the order. */
function runPage(html: string, url: string | undefined, order: number): Run {
  let t = performance.now();
  const { document } = parseHTML(html);
  const tParse = performance.now() - t;
  const runOurs = (): [ReturnType<typeof detectArticle>, number] => {
    const clone = document.cloneNode(true) as Document;
    const start = performance.now();
    const result = detectArticle(clone, { url, force: true });
    return [result, performance.now() - start];
  };
  const runReadability = (): [string, number] => {
    const clone = document.cloneNode(true) as Document;
    const start = performance.now();
    const text = new Readability(clone).parse()?.textContent ?? '';
    return [text, performance.now() - start];
  };
  let ours: [ReturnType<typeof detectArticle>, number];
  let readability: [string, number];
  if (order % 2 === 0) {
    ours = runOurs();
    readability = runReadability();
  } else {
    readability = runReadability();
    ours = runOurs();
  }
  t = ours[1];
  times.ours.push(t);
  times.readability.push(readability[1]);
  times.parse.push(tParse);
  const r = ours[0];
  const oursBody = r.blocks.filter((b) => b.kind !== 'headline').map((b) => r.text.slice(b.start, b.end)).join('\n\n');
  return { ours: r, oursBody, readability: readability[0], tOurs: t, tReadability: readability[1], tParse };
}

const fmt = (x: number): string => x.toFixed(3);
// F1 to four places: the target (> 0.970) and the published results it is compared with sit within 0.001 of each other.
const line = (name: string, m: Prf): string => `| ${name} | ${m.f1.toFixed(4)} | ${fmt(m.precision)} | ${fmt(m.recall)} | ${m.pages} |`;

function benchAeb(): void {
  const truth = GroundTruthSchema.parse(JSON.parse(fs.readFileSync(path.join(AEB, 'ground-truth.json'), 'utf8')));
  const rows: { id: string; url: string; ours: { tp: number; fp: number; fn: number }; read: { tp: number; fp: number; fn: number } }[] = [];
  let yes = 0;
  const ids = Object.keys(truth).sort();
  ids.forEach((id, i) => {
    const entry = truth[id] as { articleBody: string; url: string };
    const html = zlib.gunzipSync(fs.readFileSync(path.join(AEB, 'html', `${id}.html.gz`))).toString('utf8');
    const run = runPage(html, entry.url, i);
    if (run.ours.isArticle) yes++;
    const gold = shingleCounts(entry.articleBody);
    rows.push({ id, url: entry.url, ours: agree(shingleCounts(run.oursBody), gold), read: agree(shingleCounts(run.readability), gold) });
    if (id.startsWith(dumpId ?? '\u0000')) {
      fs.writeFileSync('/tmp/bench-ours.txt', `${run.ours.reason}\n${run.ours.root?.outerHTML.slice(0, 300)}\n\n${run.oursBody}`);
      fs.writeFileSync('/tmp/bench-truth.txt', entry.articleBody);
      fs.writeFileSync('/tmp/bench-readability.txt', run.readability);
    }
  });
  const pick = (rs: typeof rows, key: 'ours' | 'read'): Prf => prf(rs.map((r) => r[key]));
  const tune = rows.filter((r) => !HELD_OUT.test(r.id));
  const held = rows.filter((r) => HELD_OUT.test(r.id));
  console.log(`\n### article-extraction-benchmark (${rows.length} pages; body without headline vs articleBody)\n`);
  console.log('| tool / split | F1 | P | R | pages |\n|---|---|---|---|---|');
  console.log(line('Framelens detectArticle — all', pick(rows, 'ours')));
  console.log(line(`Framelens — tuning split (ids 0-7, ${tune.length})`, pick(tune, 'ours')));
  console.log(line(`Framelens — held-out split (ids 8-f, ${held.length})`, pick(held, 'ours')));
  console.log(line('Readability 0.6.0 parse() — all', pick(rows, 'read')));
  console.log(line('Readability — held-out split', pick(held, 'read')));
  console.log(`\nisArticle = yes on ${yes}/${rows.length} (all are article pages).`);
  const pageF1 = (m: { tp: number; fp: number; fn: number }): number => (2 * m.tp) / (2 * m.tp + m.fp + m.fn || 1);
  const worst = [...rows].sort((a, b) => pageF1(a.ours) - pageF1(b.ours)).slice(0, worstN);
  console.log(`\nWorst ${worstN} pages (ours):\n\n| id | F1 | P | R | Readability F1 | url |\n|---|---|---|---|---|---|`);
  for (const w of worst) {
    const p = w.ours.tp / (w.ours.tp + w.ours.fp || 1);
    const r = w.ours.tp / (w.ours.tp + w.ours.fn || 1);
    console.log(`| ${w.id.slice(0, 8)} | ${fmt(pageF1(w.ours))} | ${fmt(p)} | ${fmt(r)} | ${fmt(pageF1(w.read))} | ${w.url.slice(0, 70)} |`);
  }
}

/**
 * Text of expected.html: tags stripped, block boundaries as spaces (see corpus README). Inline tags
 * (`<span>`, `<a>`, `<b>`) join their text as a browser does: `一波波<span>接續性</span>` is one
 * run, not two tokens. `everyTag` restores the first version of this scorer (a space at every tag).
 */
function expectedText(html: string, everyTag = false): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) parts.push((node as Text).data);
    if (node.nodeType !== 1) return;
    const tag = (node as Element).localName;
    if (['script', 'style', 'noscript', 'template'].includes(tag)) return;
    const sep = everyTag || BREAKING_TAGS.has(tag) ? ' ' : '';
    parts.push(sep);
    for (let c = node.firstChild; c !== null; c = c.nextSibling) walk(c);
    parts.push(sep);
  };
  walk(document.body);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

function benchReadabilityPages(): void {
  const kinds = new Map(fs.readFileSync(path.join(RP, 'pages.tsv'), 'utf8').trim().split('\n').slice(1)
    .map((l) => l.split('\t')).map(([name, kind, , readerable]) => [name as string, { kind: kind as string, readerable: readerable === 'true' }]));
  const recalls: { name: string; shingle: number; everyTag: number; unigram: number; precision: number; specOnly: number }[] = [];
  const gaps: { name: string; missing: Record<GapKind, number>; total: number; specHead: number }[] = [];
  const fields: Record<'title' | 'site' | 'published', { ok: number; n: number }> = {
    title: { ok: 0, n: 0 }, site: { ok: 0, n: 0 }, published: { ok: 0, n: 0 },
  };
  const disagreements: string[] = [];
  const yesNo: string[] = [];
  let readerableYes = 0;
  let readerableTotal = 0;
  [...kinds.keys()].sort().forEach((name, i) => {
    const dir = path.join(RP, name);
    const run = runPage(fs.readFileSync(path.join(dir, 'source.html'), 'utf8'), undefined, i);
    const expectedHtml = fs.readFileSync(path.join(dir, 'expected.html'), 'utf8');
    const expected = expectedText(expectedHtml);
    const m = agree(shingleCounts(run.oursBody), shingleCounts(expected));
    const old = agree(shingleCounts(run.oursBody), shingleCounts(expectedText(expectedHtml, true)));
    const headline = run.ours.blocks.find((b) => b.kind === 'headline');
    const segments = labelledExpected(expectedHtml, headline === undefined ? null : run.ours.text.slice(headline.start, headline.end));
    const spec = agree(shingleCounts(run.oursBody), shingleCounts(textWithout(segments, SPEC_EXCLUDED)));
    const specHead = agree(shingleCounts(run.oursBody), shingleCounts(textWithout(segments, new Set([...SPEC_EXCLUDED, 'headline']))));
    gaps.push({ name, missing: missingByKind(segments, run.oursBody), total: tokens(expected).length, specHead: specHead.tp / (specHead.tp + specHead.fn || 1) });
    const uni = agree(countTokens(tokens(run.oursBody.toLowerCase())), countTokens(tokens(expected.toLowerCase())));
    recalls.push({ name, shingle: m.tp / (m.tp + m.fn || 1), everyTag: old.tp / (old.tp + old.fn || 1), unigram: uni.tp / (uni.tp + uni.fn || 1), precision: m.tp / (m.tp + m.fp || 1), specOnly: spec.tp / (spec.tp + spec.fn || 1) });
    if (name === dumpId) dumpReadabilityPage(run, expected);
    const meta = ExpectedMetadataSchema.parse(JSON.parse(fs.readFileSync(path.join(dir, 'expected-metadata.json'), 'utf8')));
    const pairs: [keyof typeof fields, string | null | undefined, string | null][] = [
      ['title', meta.title, run.ours.metadata.title], ['site', meta.siteName, run.ours.metadata.site],
      ['published', meta.publishedTime, run.ours.metadata.published],
    ];
    for (const [field, want, got] of pairs) {
      if (want === null || want === undefined || want === '') continue;
      const tally = fields[field];
      tally.n++;
      if (sameValue(field, want, got)) tally.ok++;
      else disagreements.push(`| ${name} | ${field} | ${want} | ${got ?? '(none)'} | ${run.ours.metadata.sources[field] ?? ''} |`);
    }
    const info = kinds.get(name);
    if (info !== undefined && !info.readerable) yesNo.push(`| ${name} | ${run.ours.isArticle ? 'yes ✗' : 'no ✓'} | ${run.ours.reason} |`);
    if (info?.readerable === true) {
      readerableTotal++;
      if (run.ours.isArticle) readerableYes++;
    }
  });
  const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / (xs.length || 1);
  console.log(`\n### readability-pages (${recalls.length} pages; body without headline vs text of expected.html)\n`);
  console.log(`Mean recall, 4-token shingles: ${fmt(mean(recalls.map((r) => r.shingle)))} (first scorer, a space at every tag: ${fmt(mean(recalls.map((r) => r.everyTag)))}); unigrams (lower-case \\w+): ${fmt(mean(recalls.map((r) => r.unigram)))}; shingle precision (informational): ${fmt(mean(recalls.map((r) => r.precision)))}`);
  const readerable = recalls.filter((r) => kinds.get(r.name)?.readerable === true);
  const specMean = mean(recalls.map((r) => r.specOnly));
  const gap = 1 - mean(recalls.map((r) => r.shingle));
  console.log(`\nExtra, not the target figure: mean shingle recall with the text our spec excludes on purpose removed from expected.html (captions and credits: figcaption, caption/credit-named boxes, credit lines such as "(AP)" or "Getty Images"; related-story boxes and "Related:"/"Read more" lines; comment-named boxes; scripts/bench-gap.ts): ${fmt(specMean)}; that text accounts for ${fmt(specMean - (1 - gap))} of the ${fmt(gap)} recall gap. On the ${readerable.length} pages pages.tsv marks readerable: ${fmt(mean(readerable.map((r) => r.shingle)))}, and ${fmt(mean(readerable.map((r) => r.specOnly)))} with that text removed.`);
  if (showGap) printGap(gaps, recalls, (name) => kinds.get(name)?.readerable === true);
  const worst = [...recalls].sort((a, b) => a.shingle - b.shingle).slice(0, worstN);
  console.log(`\nLowest shingle recall: ${worst.map((w) => `${w.name} ${fmt(w.shingle)}`).join(', ')}`);
  console.log('\nMetadata agreement with expected-metadata.json:\n');
  let ok = 0;
  let total = 0;
  for (const [field, { ok: a, n }] of Object.entries(fields)) {
    console.log(`- ${field}: ${a}/${n} (${fmt(a / (n || 1))})`);
    ok += a;
    total += n;
  }
  console.log(`- all three: ${ok}/${total} (${fmt(ok / (total || 1))})`);
  console.log('\n| page | field | expected | ours | our source |\n|---|---|---|---|---|');
  for (const d of disagreements) console.log(d);
  console.log(`\nYes/no on the pages pages.tsv marks not readerable (want "no"):\n\n| page | ours | reason |\n|---|---|---|`);
  for (const y of yesNo) console.log(y);
  console.log(`\nYes on ${readerableYes}/${readerableTotal} pages marked readerable.`);
}

/**
 * `--dump NAME` on a readability page: our text, the expected text, and the expected text with every
 * stretch our text misses (tokens in no shared shingle) in [[double brackets]], to judge what is dropped.
 */
function dumpReadabilityPage(run: Run, expected: string): void {
  const ours = shingleCounts(run.oursBody);
  const words = expected.split(/\s+/);
  const toks = tokens(expected);
  const covered = new Array<boolean>(toks.length).fill(false);
  for (let i = 0; i + 4 <= toks.length; i++) {
    if (ours.has(toks.slice(i, i + 4).join(' '))) covered.fill(true, i, i + 4);
  }
  // Map each whitespace-separated word to its first token's coverage.
  let t = 0;
  const marked: string[] = [];
  let open = false;
  for (const w of words) {
    const n = tokens(w).length;
    const miss = n > 0 && !covered.slice(t, t + n).some(Boolean);
    if (miss && !open) marked.push('[[');
    if (!miss && open && n > 0) marked.push(']]');
    if (n > 0) open = miss;
    marked.push(w);
    t += n;
  }
  if (open) marked.push(']]');
  fs.writeFileSync('/tmp/bench-ours.txt', `${run.ours.reason}\n${run.ours.root?.outerHTML.slice(0, 300)}\n\n${run.oursBody}`);
  fs.writeFileSync('/tmp/bench-expected.txt', expected);
  fs.writeFileSync('/tmp/bench-missing.txt', marked.join(' ').replace(/\[\[ /g, '[[').replace(/ \]\]/g, ']]'));
}

/** `--gap`: why each page below the target misses what it misses, and the recall left once excluded text is set aside. */
function printGap(
  gaps: { name: string; missing: Record<GapKind, number>; total: number; specHead: number }[],
  recalls: { name: string; shingle: number; specOnly: number }[],
  readerable: (name: string) => boolean,
): void {
  const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / (xs.length || 1);
  const byName = new Map(recalls.map((r) => [r.name, r]));
  const below = gaps.filter((g) => (byName.get(g.name)?.shingle ?? 1) < RP_TARGET)
    .sort((a, b) => (byName.get(a.name)?.shingle ?? 0) - (byName.get(b.name)?.shingle ?? 0));
  console.log(`\nPages below ${RP_TARGET} recall: expected tokens we miss, by kind (${GAP_KINDS.join(', ')}; "headline": Readability kept the page's h1, we score our body without it; "other": the rest, story text or page furniture):\n`);
  console.log(`| page | readerable | recall | without excluded | without excluded and headline | tokens | ${GAP_KINDS.join(' | ')} |\n|---|---|---|---|---|---|${GAP_KINDS.map(() => '---').join('|')}|`);
  for (const g of below) {
    const r = byName.get(g.name);
    console.log(`| ${g.name} | ${readerable(g.name) ? 'yes' : 'no'} | ${fmt(r?.shingle ?? 0)} | ${fmt(r?.specOnly ?? 0)} | ${fmt(g.specHead)} | ${g.total} | ${GAP_KINDS.map((k) => g.missing[k]).join(' | ')} |`);
  }
  const sum = (k: GapKind): number => gaps.reduce((a, g) => a + g.missing[k], 0);
  console.log(`\nMissing tokens over all ${gaps.length} pages: ${GAP_KINDS.map((k) => `${k} ${sum(k)}`).join(', ')}.`);
  const read = gaps.filter((g) => readerable(g.name));
  console.log(`Mean recall without excluded text and headline: ${fmt(mean(gaps.map((g) => g.specHead)))} on all pages, ${fmt(mean(read.map((g) => g.specHead)))} on the ${read.length} readerable ones (main figure: ${fmt(mean(recalls.map((r) => r.shingle)))}).`);
}

function countTokens(list: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of list) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

/** Titles and sites agree after whitespace/quote/case normalisation; dates when they denote the same instant. */
function sameValue(field: string, want: string, got: string | null): boolean {
  if (got === null) return false;
  if (field === 'published') {
    const a = Date.parse(want);
    const b = Date.parse(got);
    return (!Number.isNaN(a) && Math.floor(a / 1000) === Math.floor(b / 1000)) || want.trim() === got.trim();
  }
  const norm = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/[‘’“”"']/g, "'").replace(/\s+/g, ' ').trim();
  return norm(want) === norm(got);
}

if (only !== 'rp') benchAeb();
if (only !== 'aeb') benchReadabilityPages();
const ms = (x: number): string => x.toFixed(1);
console.log(`\n### Time per page (ms, ${times.ours.length} pages, linkedom, clone excluded)\n`);
console.log('| step | median | p95 |\n|---|---|---|');
console.log(`| Framelens detectArticle | ${ms(median(times.ours))} | ${ms(percentile(times.ours, 0.95))} |`);
console.log(`| Readability parse() | ${ms(median(times.readability))} | ${ms(percentile(times.readability, 0.95))} |`);
console.log(`| linkedom parseHTML (once per page) | ${ms(median(times.parse))} | ${ms(percentile(times.parse, 0.95))} |`);
console.log(`\nMedian ratio ours/Readability: ${fmt(median(times.ours) / median(times.readability))}`);
