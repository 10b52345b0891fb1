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

/** Fetches the packs and the compiled lexicon (untimed), then runs the pipeline once (timed). */
async function run(options: { packsUrl: string; compiledUrl: string }): Promise<HarnessResult> {
  const packs = z.array(Pack).parse(JSON.parse(await fetchText(options.packsUrl)));
  const compiledText = await fetchText(options.compiledUrl);
  const now = (): number => performance.now();
  const startedAt = now();
  const detection = detectArticle(document, { url: location.href });
  const detected = now();
  const again = now();
  detectArticle(document, { url: location.href });
  const detectWarmMs = now() - again;
  const base = { isArticle: detection.isArticle, words: 0, findings: 0, painted: 0, detectMs: detected - startedAt, detectWarmMs, startedAt };
  if (!detection.isArticle) {
    // The cheap check failed: no matcher is built, nothing is analysed.
    return { ...base, compileMs: null, loadCompiledMs: null, validateCompiledMs: null, analyzeMs: null, paintMs: null, totalMs: detected - startedAt, frameMs: 0 };
  }
  const t1 = now();
  const json: unknown = JSON.parse(compiledText);
  const t2 = now();
  const compiled = compileLexicon(packs);
  const t3 = now();
  // Validation is timed but kept out of the total: the bundled lexicon is our own build output.
  const loaded = CompiledLexicon.safeParse(json);
  const validateMs = now() - t3;
  const lexicon = loaded.success ? loaded.data : compiled;
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
  const matcherMs = loaded.success ? t2 - t1 : t3 - t2;
  return {
    ...base,
    words: detection.text.split(/\s+/).length,
    findings: analysis.findings.length,
    painted: items.length,
    compileMs: t3 - t2,
    loadCompiledMs: loaded.success ? t2 - t1 : null,
    validateCompiledMs: validateMs,
    analyzeMs: t4 - t3a,
    paintMs: t5 - t4,
    totalMs: detected - startedAt + matcherMs + (t5 - t3a),
    frameMs: now() - startedAt,
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
