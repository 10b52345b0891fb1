/**
 * Scoring for scripts/bench-extraction.ts, after the article-extraction-benchmark's
 * evaluate.py: `\w+` tokens, 4-token shingles, multiset overlap, per-page counts
 * normalised to sum 1, P and R averaged over pages, F1 of the two means.
 */

/** Python's `\w` (Unicode letters, numbers, underscore). */
const TOKEN = /[\p{L}\p{N}_]+/gu;
/** Shingle width used by the benchmark. */
const SHINGLE = 4;

/** `\w+` runs, case kept. */
export function tokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Multiset of 4-token shingles; a text shorter than 4 tokens is one shingle (evaluate.py `_ngrams`). */
export function shingleCounts(text: string): Map<string, number> {
  const t = tokens(text);
  const counts = new Map<string, number>();
  for (let i = 0; i < Math.max(1, t.length - SHINGLE + 1); i++) {
    const s = t.slice(i, i + SHINGLE).join(' ');
    if (s !== '') counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return counts;
}

/** Per-page TP/FP/FN of two multisets, normalised to sum 1. */
export function agree(pred: Map<string, number>, gold: Map<string, number>): { tp: number; fp: number; fn: number } {
  let tp = 0;
  let predTotal = 0;
  let goldTotal = 0;
  for (const [k, n] of pred) {
    predTotal += n;
    tp += Math.min(n, gold.get(k) ?? 0);
  }
  for (const n of gold.values()) goldTotal += n;
  const fp = predTotal - tp;
  const fn = goldTotal - tp;
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp: 0, fp: 0, fn: 0 };
}

/** Benchmark precision, recall and F1 over pages. */
export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  pages: number;
}

/** P = mean over pages with TP+FP>0, R = mean over pages with TP+FN>0, F1 = 2PR/(P+R). */
export function prf(pages: { tp: number; fp: number; fn: number }[]): Prf {
  const ps = pages.filter((m) => m.tp + m.fp > 0).map((m) => m.tp / (m.tp + m.fp));
  const rs = pages.filter((m) => m.tp + m.fn > 0).map((m) => m.tp / (m.tp + m.fn));
  const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / (xs.length || 1);
  const precision = mean(ps);
  const recall = mean(rs);
  return { precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0, pages: pages.length };
}

/** Middle value. */
export function median(xs: number[]): number {
  return percentile(xs, 0.5);
}

/** Nearest-rank percentile. */
export function percentile(xs: number[], q: number): number {
  if (xs.length === 0) return 0;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number;
}
