/** The three export formats of the side panel, the same shapes as the CLI's outputs. */
import { toWebAnnotations } from '@/utils/core/export/web-annotations';
import { toMarkdown } from '@/utils/core/export/markdown';
import type { ExportFormat } from './ExportButtons';

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  { id: 'markdown', labelKey: 'exportMarkdown', extension: 'md', mime: 'text/markdown', serialize: toMarkdown },
  { id: 'json', labelKey: 'exportJson', extension: 'json', mime: 'application/json', serialize: (a) => `${JSON.stringify(a, null, 2)}\n` },
  {
    id: 'w3c',
    labelKey: 'exportW3c',
    extension: 'jsonld',
    mime: 'application/ld+json',
    serialize: (a) => `${JSON.stringify(toWebAnnotations(a, a.article.url ?? 'urn:framelens:article'), null, 2)}\n`,
  },
];
