import { z } from 'zod';

/**
 * The zod schemas of article metadata, kept apart from metadata.ts so detection itself loads no
 * zod: the first-stage content script detects on every page and stays small and cheap
 * (docs/architecture.md "Content script"). The types are what metadata.ts fills in.
 */

/** Where a metadata value came from. */
export const MetadataSourceSchema = z.enum(['json-ld', 'open-graph', 'meta', 'time', 'microdata', 'dom']);
export type MetadataSource = z.infer<typeof MetadataSourceSchema>;

export const METADATA_FIELDS = ['title', 'site', 'url', 'authors', 'published', 'modified', 'language'] as const;
export const MetadataFieldSchema = z.enum(METADATA_FIELDS);
export type MetadataField = z.infer<typeof MetadataFieldSchema>;

/** Title, outlet, URL, authors, dates and language of a story, with the source of each value. */
export const ArticleMetadataSchema = z.object({
  title: z.string().nullable(),
  site: z.string().nullable(),
  url: z.string().nullable(),
  authors: z.array(z.string()),
  published: z.string().nullable(),
  modified: z.string().nullable(),
  language: z.string().nullable(),
  sources: z.partialRecord(MetadataFieldSchema, MetadataSourceSchema),
});
export type ArticleMetadata = z.infer<typeof ArticleMetadataSchema>;
