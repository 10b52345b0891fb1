import { collectBlockSteps, type TextBlock } from './blocks';
import { chooseRoot, classifyBlock, type RootChoice } from './choose-root';
import { selectBody } from './select-body';
import { findHeadline, findStandfirst } from './headline';
import { extractMetadataDetailed, type ArticleMetadata } from './metadata';
import { articleBodyMatcher, microdataBodyMatcher } from './article-body';
import { structuredArticleType } from './probably-article';
import { buildArticleText, buildArticleTextSteps, type ArticlePart } from './article-text';
import { runSteps, runStepsSliced, type Slicer, type Steps } from './steps';
import type { TextMap } from '../text/text-map';

/**
 * Is this page a story, where is it, and what does it say: the one entry point for the
 * content script, the analysis core and the CLI. Pure: reads `doc`, never changes it.
 */

/** A page with article markup (JSON-LD, og:type, microdata) needs this much story text to be an article. */
export const MIN_STRUCTURED_CHARS = 300;
/** Without article markup, this much story text (about 110 words; a product page with four blurbs, mozilla-2 in the corpus, has 618 characters) ... */
export const MIN_UNMARKED_CHARS = 650;
/** ... at least this many story paragraphs (a lone long blurb on a home page is not a story). */
export const MIN_UNMARKED_PARAGRAPHS = 3;

export type { ArticleBlock } from './article-text';
import type { ArticleBlock } from './article-text';

/** What `detectArticle` found. */
export interface ArticleDetection {
  /** Whether the page is a single story. */
  isArticle: boolean;
  /** Why, for people: "JSON-LD NewsArticle + 1,240-word body". */
  reason: string;
  /** The story's root element in the live DOM (null when there is none, or when not an article and not forced). */
  root: Element | null;
  metadata: ArticleMetadata;
  /** Headline, standfirst and body blocks in reading order, separated by "\n\n". */
  text: string;
  blocks: ArticleBlock[];
  /** Offsets in `text` to the live DOM. */
  map: TextMap;
}

/** Options for `detectArticle`. */
export interface DetectOptions {
  /** The page address, used when the page names none. */
  url?: string;
  /** Extract the best candidate even when the page does not look like an article ("Analyze this page anyway"). */
  force?: boolean;
}

function wordCount(blocks: readonly TextBlock[]): number {
  let n = 0;
  for (const b of blocks) n += b.text.split(' ').length;
  return n;
}

/**
 * `n` with en-US thousands separators ("1,240"), as `toLocaleString('en-US')` writes it, without
 * Intl: the first Intl call in a fresh content script loads locale data, ≈ 20 ms on the
 * benchmark machine (CPU profile, scripts/bench/profile-content.ts), for a reason string.
 */
function withThousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Yes/no with its reason, from markup and the amount of story text under the root. */
function decide(doc: Document, choice: RootChoice | null, body: readonly TextBlock[], ldType: string | null): { isArticle: boolean; reason: string } {
  if (choice === null) return { isArticle: false, reason: 'no paragraph of story text on the page' };
  const words = withThousands(wordCount(body));
  const marked = ldType ?? structuredArticleType(doc);
  if (marked !== null) {
    if (choice.goodChars >= MIN_STRUCTURED_CHARS) return { isArticle: true, reason: `${marked} + ${words}-word body` };
    return { isArticle: false, reason: `${marked}, but only ${choice.goodChars} characters of story text` };
  }
  if (choice.goodChars >= MIN_UNMARKED_CHARS && choice.goodBlocks >= MIN_UNMARKED_PARAGRAPHS) {
    return { isArticle: true, reason: `no article markup; ${choice.goodBlocks} story paragraphs, ${words}-word body` };
  }
  return {
    isArticle: false,
    reason: `no article markup and only ${choice.goodBlocks} story paragraph(s), ${choice.goodChars} characters`,
  };
}

/** Detect the story in `doc`: yes/no with a reason, metadata, root, text and the text's map to the DOM. */
export function detectArticle(doc: Document, options: DetectOptions = {}): ArticleDetection {
  return detectArticleParts(doc, options).detection;
}

/**
 * `detectArticle` in slices that give the page back (steps.ts), for the content script on long
 * pages: the same steps, so the same result.
 */
export async function detectArticleSliced(doc: Document, options: DetectOptions, slicer: Slicer): Promise<ArticleDetection> {
  return (await runStepsSliced(detectArticleSteps(doc, options), slicer)).detection;
}

/** What detection found, with the parts of the page its text was built from. */
export interface DetectedParts {
  detection: ArticleDetection;
  parts: ArticlePart[];
}

/** `detectArticle` plus the source blocks of its text, for incremental updates (watch-article.ts). */
export function detectArticleParts(doc: Document, options: DetectOptions = {}): DetectedParts {
  return runSteps(detectArticleSteps(doc, options));
}

/** Detection as pausable steps: a pause point after each phase and inside the block walk and the text map. */
function* detectArticleSteps(doc: Document, options: DetectOptions): Steps<DetectedParts> {
  const { metadata, jsonLd } = extractMetadataDetailed(doc, options);
  yield;
  const none = (isArticle: boolean, reason: string): DetectedParts =>
    ({ detection: { isArticle, reason, root: null, metadata, ...buildArticleText([]) }, parts: [] });
  // The whole <html>, not `doc.body`: lenient parsers (linkedom) can leave content outside the <body> they report.
  const bodyEl = doc.documentElement ?? doc.body;
  if (bodyEl === null) return none(false, 'the document has no body');
  const all = yield* collectBlockSteps(bodyEl);
  yield;
  // The publisher's own statement of the body: JSON-LD `articleBody` text, else the microdata `articleBody` element.
  const inBody = articleBodyMatcher(jsonLd?.articleBody ?? null)
    ?? microdataBodyMatcher(doc, (b) => classifyBlock(b) === 'good');
  const choice = chooseRoot(all, inBody);
  yield;
  // No story paragraph at all (a short note, a bare page): the text is every block that isn't boilerplate.
  let body = choice === null ? all.filter((b) => classifyBlock(b) !== 'bad' && b.negativeDepth < 0) : selectBody(all, choice);
  const firstGood = body.find((b) => classifyBlock(b) === 'good')?.index ?? all.length;
  const headline = findHeadline(all, metadata.title, firstGood);
  const standfirst = findStandfirst(all, headline, jsonLd?.description ?? null);
  // Headline and standfirst lead the text; headings above the headline (section labels) are dropped.
  body = body.filter((b) => b !== headline && b !== standfirst && (headline === null || b.index > headline.index || b.kind !== 'heading'));
  const verdict = decide(doc, choice, body, jsonLd === null ? null : `JSON-LD ${jsonLd.type}`);
  yield;
  if (!verdict.isArticle && options.force !== true) return none(false, verdict.reason);
  const parts: ArticlePart[] = [];
  if (headline !== null) parts.push({ block: headline, kind: 'headline' });
  if (standfirst !== null) parts.push({ block: standfirst, kind: 'standfirst' });
  for (const block of body) parts.push({ block, kind: block.kind });
  const root = choice?.root ?? (body.length > 0 ? bodyEl : null);
  const text = yield* buildArticleTextSteps(parts);
  return { detection: { ...verdict, root, metadata, ...text }, parts };
}
