/**
 * fast-check arbitraries for hostile article pages: random element trees (paragraphs, inline
 * markup, line breaks, tables, lists, scripts, styles, hidden and aria-hidden boxes) holding
 * random Unicode text (RTL scripts and bidi controls, combining marks, emoji ZWJ sequences,
 * zero-width characters, soft hyphens, NBSP, very long words, surrogate pairs, lone
 * surrogates) mixed with words the built-in packs match, so analysis has findings to make.
 * Not a test file.
 */
import fc from 'fast-check';
import { loadBuiltinPacks } from '@/utils/core/lexicon/builtin-packs';
import { packPatterns } from '@/utils/core/lexicon/load-pack';

/** A generated node: text, or an element with attributes and children. */
export type RandomNode =
  | { type: 'text'; text: string }
  | { type: 'element'; tag: string; attrs: Record<string, string>; children: RandomNode[] };

/** Pack patterns written as plain text (endings and joins resolved to their first form). */
function packWords(): string[] {
  const words = new Set<string>();
  for (const pack of loadBuiltinPacks().packs) {
    for (const { pattern } of packPatterns(pack)) {
      words.add(pattern.replace(/\[([^\],]*)[^\]]*\]/g, '$1').replace(/~/g, '-').replace(/\*/g, 'the'));
    }
  }
  return [...words].sort();
}

const PACK_WORDS = packWords();

/** Text pieces that have broken text handling somewhere, each a named kind of trouble. */
const TRICKY = [
  // RTL scripts, bidi marks and overrides
  'الحرب في غزة', 'قال المتحدث', 'שלום עכשיו', 'אמר הדובר', '\u200fRTL mark', '\u200eLTR mark', '\u202eoverride\u202c', '\u2067isolate\u2069',
  // combining marks (one letter with a stack of them, and precomposed vs decomposed)
  'e\u0301', 'Z\u0324\u0308\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308\u0309', 'Ag\u0306dam', 'A\u011fdam', '\u0915\u094d\u0937',
  // emoji: ZWJ families, flags, skin tones, keycaps, variation selectors
  '👨\u200d👩\u200d👧\u200d👦', '🏳️\u200d🌈', '🇺🇦', '🇦🇲🇦🇿', '👍🏽', '1️⃣', '❤︎',
  // invisible and joining characters
  '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', 'Humani\u00adtarian', 'zero\u200bwidth', 'non\u200cjoiner',
  // spaces
  '\u00a0', ' \u00a0 ', '\t', '\n', '\r\n', '\u2003', '\u3000',
  // surrogate pairs and lone halves
  '𝒜𝓑𝓒', '𠜎𠜱', '\ud800', '\udfff', 'a\ud83dz',
  // quotes and apostrophes (voice attribution reads them)
  '“', '”', '"', "'", '‘', '’', '«', '»', '„', '‹', '›', '「', '」',
  // punctuation and sentence ends
  '.', '. ', '?', '!', '…', ',', ';', ':', ' — ', '–', '-', '/', 'U.S.', 'S. Jaishankar', '(', ')',
];

const SPEECH = ['said', 'told reporters', 'according to', 'claimed', 'denied', 'President', 'Minister', 'spokesman'];

const LATIN = ['the', 'a', 'of', 'in', 'and', 'was', 'forces', 'village', 'talks', 'people', 'government', 'war', 'peace', 'city'];

/** One piece of text: a word, a pack phrase, a tricky piece, a long word or random code points. */
const piece: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...LATIN), weight: 6 },
  { arbitrary: fc.constantFrom(...PACK_WORDS), weight: 4 },
  { arbitrary: fc.constantFrom(...SPEECH), weight: 2 },
  { arbitrary: fc.constantFrom(...TRICKY), weight: 6 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 6 }), weight: 1 },
  // very long words: one letter, a long compound, a long run of one emoji
  { arbitrary: fc.tuple(fc.constantFrom('a', 'Ü', 'ب', '👨\u200d👩\u200d👧', 'x\u00ad'), fc.integer({ min: 200, max: 3000 })).map(([s, n]) => s.repeat(n)), weight: 1 },
);

/** Text: pieces joined by spaces, or glued together. */
export const randomText: fc.Arbitrary<string> = fc
  .array(fc.tuple(piece, fc.constantFrom(' ', ' ', ' ', '', '\n', '\u00a0')), { minLength: 1, maxLength: 14 })
  .map((parts) => parts.map(([p, sep]) => p + sep).join(''));

const BLOCK = ['div', 'p', 'article', 'section', 'blockquote', 'h1', 'h2'];
const INLINE = ['span', 'a', 'em', 'strong', 'b', 'q'];
/** Elements whose text is never story text. */
const SKIPPED = ['script', 'style', 'noscript', 'nav', 'aside', 'button'];

const attrs: fc.Arbitrary<Record<string, string>> = fc.oneof(
  { arbitrary: fc.constant({}), weight: 8 },
  { arbitrary: fc.constantFrom<Record<string, string>>(
    { hidden: '' }, { 'aria-hidden': 'true' }, { style: 'display:none' }, { class: 'sr-only' }, { role: 'navigation' },
    { class: 'related-links' }, { class: 'article-body' }, { dir: 'rtl' }, { lang: 'ar' }, { href: '#x' }, { class: 'caption' },
  ), weight: 2 },
);

const { node } = fc.letrec<{ node: RandomNode; element: RandomNode; table: RandomNode; list: RandomNode }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', maxDepth: 6, withCrossShrink: true },
    { arbitrary: randomText.map((text): RandomNode => ({ type: 'text', text })), weight: 5 },
    { arbitrary: tie('element'), weight: 4 },
    { arbitrary: fc.constant<RandomNode>({ type: 'element', tag: 'br', attrs: {}, children: [] }), weight: 1 },
    { arbitrary: tie('table'), weight: 1 },
    { arbitrary: tie('list'), weight: 1 },
  ),
  element: fc.record({
    type: fc.constant('element' as const),
    tag: fc.oneof({ arbitrary: fc.constantFrom(...BLOCK), weight: 4 }, { arbitrary: fc.constantFrom(...INLINE), weight: 4 }, { arbitrary: fc.constantFrom(...SKIPPED), weight: 1 }),
    attrs,
    children: fc.array(tie('node'), { maxLength: 5 }),
  }),
  table: fc
    .array(fc.array(tie('node'), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 })
    .map((rows): RandomNode => ({
      type: 'element', tag: 'table', attrs: {},
      children: [{ type: 'element', tag: 'tbody', attrs: {}, children: rows.map((cells) => ({
        type: 'element', tag: 'tr', attrs: {}, children: cells.map((cell) => ({ type: 'element', tag: 'td', attrs: {}, children: [cell] })),
      })) }],
    })),
  list: fc
    .array(tie('node'), { minLength: 1, maxLength: 4 })
    .chain((items) => fc.constantFrom('ul', 'ol').map((tag): RandomNode => ({
      type: 'element', tag, attrs: {}, children: items.map((item) => ({ type: 'element', tag: 'li', attrs: {}, children: [item] })),
    }))),
}));

/** A page body: a few random trees, usually with some story-like paragraphs so detection picks a root. */
export const randomBody: fc.Arbitrary<RandomNode[]> = fc.tuple(
  fc.array(node, { minLength: 1, maxLength: 6 }),
  fc.array(fc.array(randomText, { minLength: 1, maxLength: 4 }).map((texts): RandomNode => ({
    type: 'element', tag: 'p', attrs: {}, children: texts.map((text) => ({ type: 'text', text })),
  })), { maxLength: 6 }),
).chain(([trees, paragraphs]) => fc.shuffledSubarray([...trees, ...paragraphs], { minLength: trees.length + paragraphs.length }));

const RAW_TEXT = new Set(['script', 'style']);

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/** Serialises generated nodes to HTML (script/style text kept raw, minus any closing tag). */
export function toHtml(nodes: readonly RandomNode[], rawText = false): string {
  return nodes
    .map((n) => {
      if (n.type === 'text') return rawText ? n.text.replace(/<\//g, '< /') : escapeText(n.text);
      if (n.tag === 'br') return '<br>';
      const attributes = Object.entries(n.attrs).map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('');
      return `<${n.tag}${attributes}>${toHtml(n.children, RAW_TEXT.has(n.tag))}</${n.tag}>`;
    })
    .join('');
}

/** A whole page around a generated body, with a title so metadata extraction has something to read. */
export function pageHtml(body: readonly RandomNode[], title = 'Fuzz page'): string {
  return `<!doctype html><html><head><title>${escapeText(title)}</title></head><body>${toHtml(body)}</body></html>`;
}
