/**
 * Splits tokenized text into sentences. A sentence ends at a line break (paragraphs,
 * headlines and list items are separated by "\n" or "\n\n" in article text) or after
 * . ! ? (plus any closing quotes and brackets) when the next word starts a new sentence.
 * Known abbreviations ("Gen.", "Mr.", "Jan.") and initials ("J. Smith") do not end one.
 */
import type { Token } from './tokenize';

/** One sentence: character offsets and the token range [firstToken, endToken). */
export interface Sentence {
  start: number;
  end: number;
  firstToken: number;
  endToken: number;
}

/** Abbreviations that are followed by a period without ending a sentence (folded keys). */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'gov', 'sen', 'rep', 'rev',
  'st', 'jr', 'sr', 'no', 'vs', 'etc', 'approx', 'dept', 'est', 'fig', 'inc', 'ltd', 'co', 'corp', 'mt',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
/**
 * Longest sentence, in tokens (words and punctuation). Real sentences stay far below it (a long
 * one runs ~100 words); a page with no sentence ends at all (a list, a hostile or broken page)
 * is cut into pieces this long, so the per-sentence steps (context rules, speakers, quote
 * attribution) stay linear in the text instead of quadratic.
 */
export const MAX_SENTENCE_TOKENS = 400;
const TERMINATORS = new Set(['.', '!', '?', '\u2026']);
const CLOSERS = new Set(['"', '\u201d', '\u2019', "'", '\u00bb', '\u203a', ')', ']']);

function startsSentence(token: Token | undefined): boolean {
  if (!token) return true;
  if (token.kind === 'quote' || token.text === '(' || token.text === '[') return true;
  const first = token.text.charAt(0);
  return first !== first.toLowerCase() || /\p{N}/u.test(first);
}

function isAbbreviationBefore(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const dot = tokens[i];
  if (!prev || !dot || prev.kind !== 'word' || prev.end !== dot.start) return false;
  if (ABBREVIATIONS.has(prev.key)) return true;
  // A single capital letter followed by a period is an initial ("J. Smith").
  return prev.text.length === 1 && prev.text !== prev.text.toLowerCase();
}

/** Splits `text` (already tokenized as `tokens`) into sentences that cover every token once. */
export function splitSentences(text: string, tokens: readonly Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  const close = (endToken: number): void => {
    if (endToken <= first) return;
    const a = tokens[first];
    const b = tokens[endToken - 1];
    if (a && b) sentences.push({ start: a.start, end: b.end, firstToken: first, endToken });
    first = endToken;
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const next = tokens[i + 1];
    if (!token) continue;
    if (i + 1 - first >= MAX_SENTENCE_TOKENS) {
      close(i + 1);
      continue;
    }
    // A line break between this token and the next always ends the sentence.
    if (next && text.slice(token.end, next.start).includes('\n')) {
      close(i + 1);
      continue;
    }
    // Dotted abbreviations ("U.S.") rarely end a sentence and often precede a capital ("U.S. President").
    if (!TERMINATORS.has(token.text)) continue;
    if (token.text === '.' && isAbbreviationBefore(tokens, i)) continue;
    let j = i + 1;
    while (tokens[j] && CLOSERS.has(tokens[j]?.text ?? '') && tokens[j]?.start === tokens[j - 1]?.end) j++;
    const after = tokens[j];
    if (after && after.start === tokens[j - 1]?.end) continue; // "3.5", "example.com"
    if (!startsSentence(after)) continue;
    close(j);
    i = j - 1;
  }
  close(tokens.length);
  return sentences;
}

/** Index of the sentence holding token `tokenIndex` (binary search). */
export function sentenceIndexOfToken(sentences: readonly Sentence[], tokenIndex: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (!s) break;
    if (tokenIndex < s.firstToken) hi = mid - 1;
    else if (tokenIndex >= s.endToken) lo = mid + 1;
    else return mid;
  }
  return -1;
}
