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

/**
 * Detects and analyses the article in `doc`; `force` analyses the best candidate on any page.
 * `lexicon` is called only when there is text to analyse, so a page without an article never
 * builds the matcher.
 */
export function analyzePage(
  doc: Document,
  lexicon: () => CompiledLexicon,
  options: { url: string; force?: boolean },
): PageAnalysis {
  const detection = detectArticle(doc, options);
  const m = detection.metadata;
  const meta = {
    detected: detection.isArticle,
    reason: detection.reason,
    title: m.title,
    site: m.site,
    url: m.url ?? options.url,
    authors: m.authors,
    published: m.published,
    modified: m.modified,
    language: m.language,
  };
  const analyze = detection.isArticle || options.force === true;
  const analysis = analyze
    ? analyzeText(detection.text, lexicon(), meta)
    : emptyAnalysis({ ...meta, text: detection.text, authors: [...meta.authors] });
  return {
    analysis,
    detection,
    rangeFor(start, end) {
      const spec = detection.map.rangeFor(start, end);
      return spec === null ? null : createDomRange(doc, spec);
    },
  };
}
