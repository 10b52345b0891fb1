/**
 * One input to one Analysis: HTML is parsed with linkedom and goes through article
 * detection; plain text is analysed as it is (paragraphs separated by blank lines).
 */
import { parseHTML } from 'linkedom';
import type { Input } from './read-input';
import { analyzeDocument, analyzeText } from '../utils/core/analyze';
import type { Analysis } from '../utils/core/analysis-schema';
import { detectArticle, type ArticleDetection } from '../utils/core/article/detect-article';
import type { CompiledLexicon } from '../utils/core/lexicon/compiled-lexicon';

/** Normalises plain text the way article text is: one blank line between paragraphs, no trailing spaces. */
export function normalizePlainText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/[ \t]+/g, ' ').trim())
    .filter((p) => p !== '')
    .join('\n\n');
}

function parse(input: Input): Document {
  return parseHTML(input.content).document as unknown as Document;
}

/** Analyses an input; HTML pages that do not look like articles are analysed anyway, with detected: false. */
export function analyzeInput(input: Input, lexicon: CompiledLexicon): Analysis {
  if (input.kind === 'text') return analyzeText(normalizePlainText(input.content), lexicon, { reason: 'plain text file' });
  return analyzeDocument(parse(input), lexicon, { force: true });
}

/** Detects the article of an HTML input (or wraps plain text as one). */
export function extractInput(input: Input): ArticleDetection | { isArticle: true; reason: string; text: string } {
  if (input.kind === 'text') return { isArticle: true, reason: 'plain text file', text: normalizePlainText(input.content) };
  return detectArticle(parse(input), { force: true });
}
