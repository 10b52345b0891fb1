/**
 * The one entry of the analysis core: text (or a document) and a compiled lexicon in,
 * an `Analysis` out. Steps: one trie walk → packs switched on by cues → context rules
 * and overlaps → actor mentions (surnames, roles, speakers) → quotes and attributions →
 * a voice per finding → the framing summary.
 */
import { knownMention, type ActorMention } from './actors/actor-mention';
import { resolveSpeakers } from './actors/resolve-speakers';
import { findRoleNames } from './actors/role-names';
import { addSurnameMentions } from './actors/surname-mentions';
import type { Analysis, ArticleInfo, Finding } from './analysis-schema';
import { articleInfo } from './article/article-info';
import { detectArticle, type DetectOptions } from './article/detect-article';
import { entryFinding, unknownActorFinding } from './findings/build-finding';
import type { CompiledLexicon } from './lexicon/compiled-lexicon';
import { activePacks, findEntries } from './lexicon/find-entries';
import { createScanContext, type ScanContext } from './lexicon/scan-context';
import { tokensWithin } from './text/token-range';
import { summarizeFraming, UNKNOWN_SIDE } from './summary/framing-summary';
import { assignVoice, type VoiceContext } from './voice/assign-voice';
import { findQuoteSpans } from './voice/quotes';
import { findSpeechEvents } from './voice/speech-events';
import { collectStatements } from './voice/statements';

/** What the caller knows about the article besides its text. */
export type AnalyzeMeta = Partial<Omit<ArticleInfo, 'text'>>;

const EMPTY_ARTICLE: Omit<ArticleInfo, 'text'> = {
  detected: true,
  reason: 'plain text given',
  title: null,
  site: null,
  url: null,
  authors: [],
  published: null,
  modified: null,
  language: null,
};

function tokensInQuotes(ctx: ScanContext, quotes: ReturnType<typeof findQuoteSpans>): Uint8Array {
  const inside = new Uint8Array(ctx.tokens.length);
  for (const q of quotes) {
    const within = tokensWithin(ctx.tokens, q.innerStart, q.innerEnd);
    inside.fill(1, within.first, within.end);
  }
  return inside;
}

/** Analyses article text (paragraphs separated by blank lines; the first is read as the headline). */
export function analyzeText(text: string, lexicon: CompiledLexicon, meta: AnalyzeMeta = {}): Analysis {
  const ctx = createScanContext(text, lexicon);
  const entries = addSurnameMentions(ctx, findEntries(ctx));
  const known = entries.map((f) => knownMention(ctx, f)).filter((m): m is ActorMention => m !== null);
  const roleActors = findRoleNames(ctx, known);

  const quotes = findQuoteSpans(text);
  const inQuote = tokensInQuotes(ctx, quotes);
  const events = findSpeechEvents(ctx.tokens, ctx.sentences, (i) => inQuote[i] === 1);
  const { speakers, unknown } = resolveSpeakers(ctx, events, [...known, ...roleActors]);
  const vc: VoiceContext = { tokens: ctx.tokens, sentences: ctx.sentences, sentenceOf: ctx.sentenceOf, quotes, events };
  const attribution = (start: number, end: number, first: number) => {
    const voice = assignVoice(vc, start, end, first);
    return { voice, speaker: voice.event ? (speakers.get(voice.event) ?? null) : null };
  };

  const findings: Finding[] = [];
  const byFinding = new Map(known.map((m) => [m.finding, m]));
  for (const f of entries) {
    const finding = entryFinding(ctx, f, attribution(f.start, f.end, f.first), byFinding.get(f) ?? null);
    if (finding) findings.push(finding);
  }
  const actorTokens = new Uint8Array(ctx.tokens.length);
  for (const m of known) actorTokens.fill(1, m.first, m.endToken);
  for (const m of [...roleActors, ...unknown]) {
    if (actorTokens.subarray(m.first, m.endToken).some((x) => x === 1)) continue;
    actorTokens.fill(1, m.first, m.endToken);
    findings.push(unknownActorFinding(ctx, m, attribution(m.start, m.end, m.first)));
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end);

  const collected = collectStatements(text, vc, speakers, inQuote);
  const active = activePacks(ctx);
  const summary = summarizeFraming({
    findings,
    statements: [...collected.events].map((e) => ({ side: speakers.get(e)?.side ?? UNKNOWN_SIDE })),
    activePacks: lexicon.packs.filter((_, p) => active[p]),
  });
  return { formatVersion: 1, article: { ...EMPTY_ARTICLE, ...meta, text }, findings, statements: collected.statements, summary };
}

/** Detects the article in `doc` and analyses its text; `force` analyses the best candidate even on non-article pages. */
export function analyzeDocument(doc: Document, lexicon: CompiledLexicon, options: DetectOptions = {}): Analysis {
  const detection = detectArticle(doc, options);
  return analyzeText(detection.text, lexicon, articleInfo(detection));
}
