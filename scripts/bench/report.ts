/**
 * The browser benchmark's report: its JSON shape and the Markdown written to
 * test-results/bench-browser.md (pasted into the "Browser performance" section of docs/benchmarks.md).
 */
import { median } from '../bench-scoring';
import type { FileSize } from './bundle-sizes';
import type { HarnessResult } from './harness';

/** Targets of issue 7. */
export const FRAME_MS = 16;
export const FLOOR_FACTOR = 3;
export const LONG_TASK_MS = 50;
export const SCALE_RATIO = 1.25;
export const NO_ARTICLE_MS = 2;
export const MATCHER_MS = 5;

/** What the content script recorded on a page, and its main-thread and heap cost. */
export interface ExtensionRun {
  paintedMs: number | null;
  detectedMs: number | null;
  analyzedMs: number | null;
  marks: string[];
  longestTaskMs: number;
  scriptMs: number;
  taskMs: number;
  heap: number;
}

/** One harness run with one lexicon variant. */
export interface HarnessRun extends HarnessResult {
  variant: string;
  longestTaskMs: number;
  extraHeap: number;
}

export interface PageResult {
  id: string;
  group: 'demo' | 'synthetic' | 'plain' | 'corpus';
  floorMs: number;
  extension: ExtensionRun | null;
  baseline: { scriptMs: number; taskMs: number; heap: number; longestTaskMs: number } | null;
  harness: HarnessRun[];
  error?: string;
}

export interface BenchReport {
  date: string;
  machine: string;
  chromium: string;
  bundles: FileSize[];
  contentScript: { raw: number; gzip: number; gzipWithoutPacks: number; packBytes: number; budget: number };
  matcherEntries: Record<string, number>;
  pages: PageResult[];
}

/** The target for a page: 3 × floor + one frame. */
export const targetMs = (floorMs: number): number => FLOOR_FACTOR * floorMs + FRAME_MS;

const f1 = (n: number | null | undefined): string => (n === null || n === undefined ? '–' : n.toFixed(1));
const f2 = (n: number | null | undefined): string => (n === null || n === undefined ? '–' : n.toFixed(2));
const f3 = (n: number | null | undefined): string => (n === null || n === undefined ? '–' : n.toFixed(3));
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(2)} MB`;
const ok = (pass: boolean): string => (pass ? '✅' : '❌');

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

function bundleSection(r: BenchReport): string[] {
  const cs = r.contentScript;
  return [
    '### Bundles (`.output/chrome-mv3`, gzip -9)',
    '',
    '| file | raw | gzip |',
    '|---|---:|---:|',
    ...r.bundles.map((b) => `| ${b.file} | ${kb(b.raw)} | ${kb(b.gzip)} |`),
    '',
    `Content script: ${kb(cs.gzip)} gzip, ${kb(cs.gzipWithoutPacks)} without pack data (${kb(cs.packBytes)} raw pack data found) — target ≤ ${kb(cs.budget)} ${ok(cs.gzipWithoutPacks <= cs.budget)}`,
    '',
  ];
}

function extensionSection(r: BenchReport): string[] {
  const rows = r.pages.filter((p) => p.group !== 'corpus' && p.extension);
  return [
    '### The built extension (content script as shipped)',
    '',
    '| page | floor | `framelens:painted` ms | target 3×floor+16 | marks seen | longest main-thread block after DOMContentLoaded (ext / none) | extra main-thread script | extra JS heap |',
    '|---|---:|---:|---:|---|---:|---:|---:|',
    ...rows.map((p) => {
      const e = p.extension as ExtensionRun;
      const b = p.baseline;
      const painted = e.paintedMs === null ? 'no mark' : `${f1(e.paintedMs)} ${ok(e.paintedMs <= targetMs(p.floorMs))}`;
      return `| ${p.id} | ${f3(p.floorMs)} | ${painted} | ${f1(targetMs(p.floorMs))} | ${e.marks.join(', ') || 'none'} | ${f1(e.longestTaskMs)} / ${f1(b?.longestTaskMs)} | ${f1(b ? e.scriptMs - b.scriptMs : null)} ms | ${b ? mb(e.heap - b.heap) : '–'} |`;
    }),
    '',
  ];
}

function harnessRow(p: PageResult, h: HarnessRun): string {
  const target = targetMs(p.floorMs);
  const matcher = h.loadCompiledMs ?? h.compileMs;
  return `| ${p.id} | ${h.words} | ${h.findings} | ${f3(p.floorMs)} | ${f2(h.detectMs)} (${f2(h.detectWarmMs)}) | ${f1(h.loadCompiledMs)} / ${f1(h.compileMs)} / ${f1(h.validateCompiledMs)} ${matcher === null ? '' : ok(matcher <= MATCHER_MS)} | ${f1(h.analyzeMs)} | ${f1(h.paintMs)} | **${f1(h.totalMs)}** | ${f1(target)} ${ok(h.totalMs <= target)} | ${f1(h.longestTaskMs)} ${ok(h.longestTaskMs <= LONG_TASK_MS)} | ${mb(h.extraHeap)} |`;
}

function harnessSection(r: BenchReport): string[] {
  const rows = r.pages.filter((p) => p.group !== 'corpus');
  return [
    '### The pipeline in the page (harness, built-in packs)',
    '',
    `Detection → matcher (precompiled JSON.parse / compiled at runtime / zod validation of the precompiled JSON, not counted in the total; target ≤ ${MATCHER_MS} ms) → analysis → painting with CSS custom highlights, all in ms. Each run is a fresh page load (cold, like a content script on a new page) after one discarded warm-up run.`,
    '',
    '| page | words | findings | floor | detect (warm) | matcher load / compile / validate | analyse | paint | total | target | longest task | extra heap |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.flatMap((p) => p.harness.filter((h) => h.variant === 'builtin').map((h) => harnessRow(p, h))),
    '',
  ];
}

/** The median of `xs` (the lower middle for an even count), or null for none. */
function medianOrNull(xs: number[]): number | null {
  return xs.length === 0 ? null : median(xs);
}

function scaleSection(r: BenchReport): string[] {
  const rows = r.pages.filter((p) => p.group === 'demo' || p.group === 'synthetic');
  const names = Object.keys(r.matcherEntries).filter((v) => v.startsWith('scale-'));
  const runsOf = (p: PageResult, v: string): HarnessRun[] => p.harness.filter((h) => h.variant === v);
  const med = (p: PageResult, v: string, pick: (h: HarnessRun) => number | null): number | null =>
    medianOrNull(runsOf(p, v).flatMap((h) => pick(h) ?? []));
  /** 10,000 entries over 100, for one figure of the runs. */
  const ratio = (p: PageResult, pick: (h: HarnessRun) => number | null): number | null => {
    const [small, big] = [med(p, 'scale-100', pick), med(p, 'scale-10000', pick)];
    return small === null || big === null || small <= 0 ? null : big / small;
  };
  const rounds = rows.length === 0 ? 0 : runsOf(rows[0] as PageResult, 'scale-100').length;
  return [
    `### Lexicon size (generated always-on entries that occur in the pages; target: 10,000 ≤ ${SCALE_RATIO}× 100)`,
    '',
    `Median of ${rounds} loads per page and size, the sizes interleaved load by load. Cost = detection + analysis +`,
    'painting; the matcher load (one `JSON.parse` of the build output, which the extension does once per background',
    'start, not per page: its own target, ≤ 5 ms) is shown apart, and the ratio with it for completeness.',
    '',
    `| page | ${names.map((v) => `${r.matcherEntries[v]} entries: cost ms (findings)`).join(' | ')} | matcher load 100 → 10k ms | 10k / 100 cost | with matcher load |`,
    `|---|${names.map(() => '---:').join('|')}|---:|---:|---:|`,
    ...rows.map((p) => {
      const cells = names.map((v) => {
        const cost = med(p, v, (h) => h.pipelineMs);
        return cost === null ? '–' : `${f1(cost)} (${runsOf(p, v)[0]?.findings ?? '–'})`;
      });
      const costRatio = ratio(p, (h) => h.pipelineMs);
      const verdict = costRatio === null ? '–' : `${costRatio.toFixed(2)} ${ok(costRatio <= SCALE_RATIO)}`;
      const loads = `${f1(med(p, 'scale-100', (h) => h.loadCompiledMs))} → ${f1(med(p, 'scale-10000', (h) => h.loadCompiledMs))}`;
      return `| ${p.id} | ${cells.join(' | ')} | ${loads} | ${verdict} | ${ratio(p, (h) => h.totalMs)?.toFixed(2) ?? '–'} |`;
    }),
    '',
  ];
}

function noArticleSection(r: BenchReport): string[] {
  const p = r.pages.find((x) => x.group === 'plain');
  if (!p) return [];
  const e = p.extension;
  const b = p.baseline;
  const extra = e && b ? e.scriptMs - b.scriptMs : null;
  const h = p.harness.find((x) => x.variant === 'builtin');
  return [
    '### Page without an article',
    '',
    `- Extra main-thread script time with the extension (CDP ScriptDuration, with − without): ${f2(extra)} ms — target < ${NO_ARTICLE_MS} ms ${extra === null ? '' : ok(extra < NO_ARTICLE_MS)}`,
    `- Harness: detection ${f2(h?.detectMs)} ms cold, ${f2(h?.detectWarmMs)} ms warm; matcher built: ${h?.compileMs === null ? 'no ✅' : 'yes ❌'}`,
    '',
  ];
}

function corpusSection(r: BenchReport): string[] {
  const pages = r.pages.filter((p) => p.group === 'corpus');
  if (pages.length === 0) return [];
  const runs = pages.flatMap((p) => p.harness.filter((h) => h.variant === 'builtin').map((h) => ({ p, h })));
  const articles = runs.filter(({ h }) => h.isArticle);
  const ratios = articles.map(({ p, h }) => h.totalMs / targetMs(p.floorMs)).sort((a, b) => a - b);
  const met = articles.filter(({ p, h }) => h.totalMs <= targetMs(p.floorMs)).length;
  const long = runs.filter(({ h }) => h.longestTaskMs > LONG_TASK_MS).length;
  const worst = [...articles].sort((a, b) => b.h.totalMs / targetMs(b.p.floorMs) - a.h.totalMs / targetMs(a.p.floorMs)).slice(0, 8);
  const noArticle = runs.filter(({ h }) => !h.isArticle).map(({ h }) => h.detectMs).sort((a, b) => a - b);
  return [
    `### Corpus (../shared/corpus, ${pages.length} pages, harness with built-in packs)`,
    '',
    `- Errors: ${pages.filter((p) => p.error).length}; detected as articles: ${articles.length}; not articles: ${noArticle.length} (detection median ${f2(quantile(noArticle, 0.5))} ms, max ${f2(noArticle.at(-1))} ms).`,
    `- Total within 3×floor+16: ${met}/${articles.length}. Total ÷ target: median ${f2(quantile(ratios, 0.5))}, p95 ${f2(quantile(ratios, 0.95))}, max ${f2(ratios.at(-1))}.`,
    `- Pages with a Framelens task > ${LONG_TASK_MS} ms: ${long}/${runs.length}.`,
    '',
    '| worst pages | words | floor | detect | analyse | paint | total | target | longest task |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...worst.map(({ p, h }) => `| ${p.id} | ${h.words} | ${f3(p.floorMs)} | ${f1(h.detectMs)} | ${f1(h.analyzeMs)} | ${f1(h.paintMs)} | ${f1(h.totalMs)} | ${f1(targetMs(p.floorMs))} | ${f1(h.longestTaskMs)} |`),
    '',
  ];
}

/** The whole report as Markdown. */
export function formatReport(r: BenchReport): string {
  return [
    `Run: \`npm run bench:browser\` · ${r.date} · ${r.machine} · Chromium ${r.chromium}`,
    '',
    ...bundleSection(r),
    ...extensionSection(r),
    ...harnessSection(r),
    ...scaleSection(r),
    ...noArticleSection(r),
    ...corpusSection(r),
  ].join('\n');
}
