/**
 * Export the current analysis as a file: Markdown (for an editor's notes), JSON (the CLI's
 * shape) and W3C Web Annotations. The serialisers are passed in, so this component carries
 * no knowledge of the formats; files are saved locally, never uploaded.
 */
import type { Analysis } from '@/utils/core/analysis-schema';
import { t } from './i18n/t';

/** One export format. */
export interface ExportFormat {
  id: 'markdown' | 'json' | 'w3c';
  labelKey: string;
  extension: string;
  mime: string;
  serialize(analysis: Analysis): string;
}

/** A file name from the article title: lower-case words joined by hyphens. */
export function exportFileName(analysis: Analysis, extension: string): string {
  const slug = (analysis.article.title ?? 'article')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `framelens-${slug || 'article'}.${extension}`;
}

/** Saves `text` as a file through a temporary object URL (extension pages only). */
export function saveFile(doc: Document, name: string, text: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A button per format. */
export function ExportButtons({ analysis, formats }: { analysis: Analysis; formats: readonly ExportFormat[] }) {
  return (
    <div class="fl-export" role="group" aria-label={t('exportTitle')} data-testid="export">
      {formats.map((f) => (
        <button
          key={f.id}
          type="button"
          data-testid={`export-${f.id}`}
          onClick={() => saveFile(document, exportFileName(analysis, f.extension), f.serialize(analysis), f.mime)}
        >
          {t(f.labelKey)}
        </button>
      ))}
    </div>
  );
}
