/**
 * The page side of analysis: detect the article, analyse its text, and keep the text map so
 * each finding's offsets become a live DOM Range. (`analyzeDocument` in the core does the
 * same two steps but drops the map, which painting needs.)
 */
import type { Analysis } from '@/utils/core/analysis-schema';
import { analyzeText } from '@/utils/core/analyze';
import { detectArticle, type ArticleDetection } from '@/utils/core/article';
import type { CompiledLexicon } from '@/utils/core/lexicon/compiled-lexicon';
import { createDomRange } from '@/utils/core/text/text-map';

/** An analysis plus the way back from its offsets to the page. */
export interface PageAnalysis {
  analysis: Analysis;
  detection: ArticleDetection;
  /** A live Range for article text [start, end), or null when it maps to nothing. */
  rangeFor(start: number, end: number): Range | null;
}

/** Detects and analyses the article in `doc`; `force` analyses the best candidate on any page. */
export function analyzePage(doc: Document, lexicon: CompiledLexicon, options: { url: string; force?: boolean }): PageAnalysis {
  const detection = detectArticle(doc, options);
  const m = detection.metadata;
  const analysis = analyzeText(detection.text, lexicon, {
    detected: detection.isArticle,
    reason: detection.reason,
    title: m.title,
    site: m.site,
    url: m.url ?? options.url,
    authors: m.authors,
    published: m.published,
    modified: m.modified,
    language: m.language,
  });
  return {
    analysis,
    detection,
    rangeFor(start, end) {
      const spec = detection.map.rangeFor(start, end);
      return spec === null ? null : createDomRange(doc, spec);
    },
  };
}
