/**
 * The article fields of an analysis (`Analysis.article` without its text), read off a
 * detection. One place for this mapping: the core's `analyzeDocument` and the content
 * script (which analyses in the background) both describe an article this way.
 */
import type { ArticleInfo } from '../analysis-schema';
import type { ArticleDetection } from './detect-article';

/** `detection`'s yes/no, reason and metadata, without the metadata's sources. */
export function articleInfo(detection: Pick<ArticleDetection, 'isArticle' | 'reason' | 'metadata'>): Omit<ArticleInfo, 'text'> {
  const m = detection.metadata;
  return {
    detected: detection.isArticle,
    reason: detection.reason,
    title: m.title,
    site: m.site,
    url: m.url,
    authors: m.authors,
    published: m.published,
    modified: m.modified,
    language: m.language,
  };
}
