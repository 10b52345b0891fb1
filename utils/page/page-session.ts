/**
 * One page's Framelens session, without browser wiring: analyse the page, paint what the
 * reader has not muted, follow their switches, and record `framelens:painted`. The content
 * script owns one session per page load and passes in settings, packs and the clipboard.
 */
import type { Analysis, Finding, HighlightCategory } from '@/utils/core/analysis-schema';
import type { PackIndex } from '@/components/entry-info';
import { buildReport } from '@/components/report-text';
import type { ArticleDetection } from '@/utils/core/article/detect-article';
import { analyzePage, type AnalyzeText } from './analyze-page';
import { createPageHighlights, markPainted, type PageHighlights } from './page-highlights';
import { createPerfMarks } from './perf-marks';

/** What the reader has switched on and off for this page. */
export interface ReaderView {
  enabled: boolean;
  hidden: ReadonlySet<HighlightCategory>;
  /** Muted entries as "packId/entryId". */
  muted: ReadonlySet<string>;
  /** Background tint under the underline (the reader's appearance choice). */
  tint: boolean;
  /** Paint only the first occurrence of each entry. */
  firstOnly?: boolean;
}

/** The key a muted entry is stored under. */
export const entryKey = (finding: Pick<Finding, 'packId' | 'entryId'>): string => `${finding.packId ?? 'unknown'}/${finding.entryId}`;

/** What a session needs from the content script. */
export interface PageSessionDeps {
  doc: Document;
  url: string;
  /** `performance.now()` when the content script started. */
  startedAt: number;
  perf: Pick<Performance, 'mark' | 'now'>;
  /** Called only when the page holds text to analyse. */
  analyze: AnalyzeText;
  /** True once the session is no longer wanted (the page changed, settings changed): it then paints nothing. */
  cancelled?: () => boolean;
  packs: PackIndex;
  view: ReaderView;
  /** Analyse even when the page does not look like an article ("Analyze anyway"). */
  force?: boolean;
  /** The page's detection when the first-stage content script made it already (with `force`). */
  detected?: ArticleDetection;
  version: string;
  /** "More in side panel"; resolves to whether the panel opened. */
  onMore(index: number): Promise<boolean>;
  onMute(finding: Finding, scope: 'site' | 'everywhere'): void;
  onToggle(): void;
  copy(text: string): Promise<boolean>;
}

/** A live session. */
export interface PageSession {
  readonly analysis: Analysis;
  /** Null when the page holds no article (and was not forced). */
  readonly highlights: PageHighlights | null;
  /** Milliseconds from content-script start to painted (null when nothing was painted). */
  readonly paintedMs: number | null;
  /** Findings that are not muted (what the badge and panels count). */
  visibleFindings(): number;
  update(view: ReaderView): void;
  show(index: number): boolean;
  destroy(): void;
}

/** Which findings stay unpainted: muted entries, and repeats when only first occurrences are wanted. */
function skipper(view: ReaderView): (finding: Finding) => boolean {
  const seen = new Set<string>();
  return (finding) => {
    const key = entryKey(finding);
    if (view.muted.has(key)) return true;
    if (!view.firstOnly) return false;
    if (seen.has(key)) return true;
    seen.add(key);
    return false;
  };
}

/** Analyses the page and paints its findings. */
export async function startPageSession(deps: PageSessionDeps): Promise<PageSession> {
  const { doc } = deps;
  const marks = createPerfMarks(deps.perf, deps.startedAt);
  const { analysis, detection, rangeFor } = await analyzePage(doc, deps.analyze, { url: deps.url, force: deps.force, marks, detected: deps.detected });
  let view = deps.view;
  let highlights: PageHighlights | null = null;

  const paint = (): void => {
    highlights?.destroy();
    highlights = createPageHighlights({
      doc,
      findings: analysis.findings,
      articleText: analysis.article.text,
      rangeFor,
      packs: deps.packs,
      hidden: view.hidden,
      enabled: view.enabled,
      tint: view.tint,
      skip: skipper(view),
      onMore: (_f, index) => deps.onMore(index),
      onMute: deps.onMute,
      onToggle: deps.onToggle,
      onReport: (finding, sentence) =>
        deps.copy(
          buildReport({
            pageUrl: deps.url,
            sentence,
            finding,
            packTitle: finding.packId === null ? null : (deps.packs.get(finding.packId)?.title ?? null),
            version: deps.version,
          }),
        ),
    });
  };

  let paintedMs: number | null = null;
  if ((detection.isArticle || deps.force) && deps.cancelled?.() !== true) {
    paint();
    paintedMs = markPainted(deps.perf, highlights === null ? 0 : (highlights as PageHighlights).painted, deps.startedAt);
  }

  return {
    analysis,
    get highlights() {
      return highlights;
    },
    paintedMs,
    visibleFindings: () => analysis.findings.filter((f) => !view.muted.has(entryKey(f))).length,
    update(next) {
      const repaint =
        next.tint !== view.tint || next.firstOnly !== view.firstOnly || next.muted.size !== view.muted.size || [...next.muted].some((k) => !view.muted.has(k));
      view = next;
      if (highlights === null) return;
      if (repaint) {
        paint();
        return;
      }
      highlights.setHidden(next.hidden);
      highlights.setEnabled(next.enabled);
    },
    show: (index) => highlights?.show(index) ?? false,
    destroy() {
      highlights?.destroy();
      highlights = null;
    },
  };
}
