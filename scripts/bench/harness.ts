/**
 * Page-side benchmark harness: the content script's pipeline (detect → build matcher → analyse →
 * paint with the CSS Custom Highlight painter), run from the page's main world with a clock around
 * each stage. Bundled by bench-browser.ts with esbuild and served to the page; it measures the
 * same core and painter code the extension ships, with any lexicon size, even before the content
 * script wires analysis in. Exposes `window.framelensBench`.
 */
import { z } from 'zod';
import { analyzeText } from '../../utils/core/analyze';
import { detectArticle } from '../../utils/core/article';
import { compileLexicon } from '../../utils/core/lexicon/compile';
import { CompiledLexicon } from '../../utils/core/lexicon/compiled-lexicon';
import { Pack } from '../../utils/core/lexicon/schema';
import { createDomRange } from '../../utils/core/text/text-map';
import { createPainter, type PaintItem, type Painter } from '../../utils/page/painter';

/** What one run measured, in milliseconds from the run's start unless named otherwise. */
export interface HarnessResult {
  isArticle: boolean;
  words: number;
  findings: number;
  painted: number;
  detectMs: number;
  /** detectArticle again on the same page: the cost without first-run compilation. */
  detectWarmMs: number;
  /** compileLexicon(packs) in the page: the matcher built at runtime. */
  compileMs: number | null;
  /** JSON.parse of the build-time compiled lexicon: the matcher loaded ready-made. */
  loadCompiledMs: number | null;
  /** zod validation of that JSON (CompiledLexicon.safeParse), which a trusted build-time file can skip. */
  validateCompiledMs: number | null;
  analyzeMs: number | null;
  paintMs: number | null;
  /** Detection + matcher (precompiled, else runtime) + analysis + painting, as markPainted records it. */
  totalMs: number;
  /**
   * Detection + analysis + painting: the cost of matching without loading the matcher, which the
   * extension does once per background start, not per page (issue 7 reports the two apart).
   */
  pipelineMs: number;
  /** Until the next animation frame after painting (the highlights are on screen then). */
  frameMs: number;
  startedAt: number;
}

interface Kept {
  painter: Painter | null;
  lexicon: CompiledLexicon | null;
}

/** Keeps the results alive so heap measurements see what a session would hold. */
const kept: Kept = { painter: null, lexicon: null };

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}

/**
 * Fetches the packs and the compiled lexicon (untimed), runs the pipeline once (timed), then times
 * the extras (warm detection, validation, runtime compile) after it, so they leave no garbage in it.
 */
async function run(options: { packsUrl: string; compiledUrl: string }): Promise<HarnessResult> {
  const packsText = await fetchText(options.packsUrl);
  const compiledText = await fetchText(options.compiledUrl);
  const now = (): number => performance.now();
  const startedAt = now();
  const detection = detectArticle(document, { url: location.href });
  const detected = now();
  /** detectArticle again, after what was timed: the cost without first-run compilation. */
  const detectWarm = (): number => {
    const again = now();
    detectArticle(document, { url: location.href });
    return now() - again;
  };
  const base = { isArticle: detection.isArticle, words: 0, findings: 0, painted: 0, detectMs: detected - startedAt, startedAt };
  if (!detection.isArticle) {
    // The cheap check failed: no matcher is built, nothing is analysed.
    return { ...base, detectWarmMs: detectWarm(), compileMs: null, loadCompiledMs: null, validateCompiledMs: null, analyzeMs: null, paintMs: null, totalMs: detected - startedAt, pipelineMs: detected - startedAt, frameMs: 0 };
  }
  // The matcher loaded as the extension's background loads it: one JSON.parse of the build output.
  const t1 = now();
  const lexicon = JSON.parse(compiledText) as CompiledLexicon;
  const loadCompiledMs = now() - t1;
  const t3a = now();
  const analysis = analyzeText(detection.text, lexicon, { detected: true });
  const t4 = now();
  const painter = createPainter(document);
  const items: PaintItem[] = [];
  analysis.findings.forEach((finding, id) => {
    const spec = detection.map.rangeFor(finding.start, finding.end);
    const range = spec === null ? null : createDomRange(document, spec);
    if (range !== null) items.push({ id, category: finding.category, range });
  });
  painter.paint(items);
  const t5 = now();
  kept.painter = painter;
  kept.lexicon = lexicon;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  const frameMs = now() - startedAt;
  // A task of their own for the extras below, so the longest-task figure (tasks within the run's
  // frame) does not count them as the pipeline's.
  await new Promise((resolve) => setTimeout(resolve, 0));
  // Timed after the pipeline, so their garbage does not land in it: the zod check the extension
  // skips for its own build output (a failure here fails the run: it measured a broken file), and
  // the matcher built at runtime from the packs instead of loaded.
  const t6 = now();
  const checked = CompiledLexicon.safeParse(lexicon);
  const validateMs = now() - t6;
  if (!checked.success) throw new Error(`the compiled lexicon does not validate: ${checked.error.message}`);
  const detectWarmMs = detectWarm();
  const packs = z.array(Pack).parse(JSON.parse(packsText));
  const t7 = now();
  compileLexicon(packs);
  const compileMs = now() - t7;
  const pipelineMs = detected - startedAt + (t5 - t3a);
  return {
    ...base,
    detectWarmMs,
    words: detection.text.split(/\s+/).length,
    findings: analysis.findings.length,
    painted: items.length,
    compileMs,
    loadCompiledMs,
    validateCompiledMs: validateMs,
    analyzeMs: t4 - t3a,
    paintMs: t5 - t4,
    totalMs: pipelineMs + loadCompiledMs,
    pipelineMs,
    frameMs,
  };
}

/** Removes what `run` painted, so the next variant starts from a clean page. */
function clear(): void {
  kept.painter?.clear();
  kept.painter = null;
  kept.lexicon = null;
}

declare global {
  interface Window {
    framelensBench?: { run: typeof run; clear: typeof clear };
  }
}
window.framelensBench = { run, clear };
