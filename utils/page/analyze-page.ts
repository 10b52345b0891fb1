/**
 * The page side of analysis: detect the article, analyse its text, and keep the text map so
 * each finding's offsets become a live DOM Range. (`analyzeDocument` in the core does the
 * same two steps, with the same `articleInfo`, but drops the map, which painting needs.)
 */
import type { Analysis } from '@/utils/core/analysis-schema';
import type { AnalyzeMeta } from '@/utils/core/analyze';
import { detectArticle, type ArticleDetection } from '@/utils/core/article/detect-article';
import { articleInfo } from '@/utils/core/article/article-info';
import { createDomRange } from '@/utils/core/text/text-map';
import type { PerfMarks } from './perf-marks';

/** Analyses article text (in the extension the background does it: `analyze-text`). */
export type AnalyzeText = (text: string, meta: Required<AnalyzeMeta>) => Promise<Analysis>;

/** An analysis plus the way back from its offsets to the page. */
export interface PageAnalysis {
  analysis: Analysis;
  detection: ArticleDetection;
  /** A live Range for article text [start, end), or null when it maps to nothing. */
  rangeFor(start: number, end: number): Range | null;
}

/** An analysis with nothing found, for pages that hold no article (the lexicon is never built). */
function emptyAnalysis(article: Analysis['article']): Analysis {
  return {
    formatVersion: 1,
    article,
    findings: [],
    summary: {
      termsByVoice: { narrator: 0, 'direct-quote': 0, reported: 0, 'scare-quote': 0 },
      narratorAlignment: [],
      narratorPlaceNames: [],
      statementsBySide: [],
      activePacks: [],
      text: '',
    },
  };
}

/** The article fields sent with its text for analysis (`analyze-text`): the detection's, with the page's address when it names none. */
export function analysisMeta(detection: ArticleDetection, url: string): Required<AnalyzeMeta> {
  const info = articleInfo(detection);
  return { ...info, url: info.url ?? url };
}

/**
 * Detects and analyses the article in `doc` (`detected`: a detection made already, by the
 * first-stage content script, which also marked it); `force` analyses the best candidate on any page.
 * `analyze` is called only when there is text to analyse, so a page without an article costs
 * one detection and never loads a lexicon.
 */
export async function analyzePage(
  doc: Document,
  analyze: AnalyzeText,
  options: { url: string; force?: boolean; marks?: PerfMarks; detected?: ArticleDetection },
): Promise<PageAnalysis> {
  let detection = options.detected;
  if (detection === undefined) {
    detection = detectArticle(doc, options);
    options.marks?.stage('detected', { isArticle: detection.isArticle });
  }
  const meta = analysisMeta(detection, options.url);
  const wanted = detection.isArticle || options.force === true;
  const analysis = wanted
    ? await analyze(detection.text, meta)
    : emptyAnalysis({ ...meta, text: detection.text, authors: [...meta.authors] });
  if (wanted) options.marks?.stage('analyzed', { findings: analysis.findings.length });
  const found = detection;
  return {
    analysis,
    detection,
    rangeFor(start, end) {
      const spec = found.map.rangeFor(start, end);
      return spec === null ? null : createDomRange(doc, spec);
    },
  };
}
