/** Article detection: is this page a story, where is it, what does it say. */
export { detectArticle, type ArticleBlock, type ArticleDetection, type DetectOptions } from './detect-article';
export { extractMetadata, type ArticleMetadata, type MetadataSource } from './metadata';
export { ArticleMetadataSchema } from './metadata-schema';
export { isProbablyArticle } from './probably-article';
export type { BlockKind } from './blocks';
export { ArticleWatcher, type ArticleUpdate, type MutationLike } from './watch-article';
