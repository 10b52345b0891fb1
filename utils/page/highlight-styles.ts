/**
 * How each highlight category looks, as data, and the CSS for both painters.
 *
 * Each category differs in three ways, so colour is never the only cue (WCAG 1.4.1):
 * underline style (solid / wavy / dotted / double), underline colour and a light
 * background tint. Colours are mid-tone and tints are translucent, so the same
 * rules stay legible on white and on near-black pages (checked on the demo page
 * with `color-scheme: dark` forced).
 */
import type { HighlightCategory } from '@/utils/core/analysis-schema';

/** Category order everywhere: legend, toggles, lists. */
export const CATEGORIES: readonly HighlightCategory[] = ['term', 'actor', 'place', 'loaded'];

/** The look of one category. */
export interface CategoryStyle {
  /** Underline style: the non-colour cue. */
  line: 'solid' | 'wavy' | 'dotted' | 'double';
  /** Underline colour (mid-tone: readable on light and dark pages). */
  color: string;
  /** Background tint (translucent, so the page's own colours show through). */
  tint: string;
}

export const CATEGORY_STYLES: Readonly<Record<HighlightCategory, CategoryStyle>> = {
  term: { line: 'wavy', color: '#d6336c', tint: 'rgba(214, 51, 108, 0.16)' },
  actor: { line: 'solid', color: '#3b82f6', tint: 'rgba(59, 130, 246, 0.14)' },
  place: { line: 'dotted', color: '#10a37f', tint: 'rgba(16, 163, 127, 0.16)' },
  loaded: { line: 'double', color: '#d97706', tint: 'rgba(217, 119, 6, 0.16)' },
};

/** Underline thickness; 2px keeps dotted and wavy lines visible at small font sizes. */
const LINE_THICKNESS = '2px';
/** Focus ring colour for keyboard navigation and the flash after a side-panel click. */
export const FOCUS_COLOR = '#7c3aed';
const FOCUS_TINT = 'rgba(124, 58, 237, 0.32)';
const FLASH_TINT = 'rgba(250, 204, 21, 0.55)';

/** Name of a category's entry in `CSS.highlights`. */
export const highlightName = (category: HighlightCategory): string => `framelens-${category}`;
/** The keyboard-focus highlight. */
export const FOCUS_HIGHLIGHT = 'framelens-focus';
/** The short flash after "show in page". */
export const FLASH_HIGHLIGHT = 'framelens-flash';
/** The custom element the wrap painter uses (page CSS rarely targets unknown tags). */
export const MARK_TAG = 'framelens-mark';

function decoration(style: CategoryStyle, tint: boolean): string {
  const background = tint ? ` background-color: ${style.tint};` : '';
  return `text-decoration: underline ${style.line} ${style.color} ${LINE_THICKNESS}; text-decoration-skip-ink: none; text-underline-offset: 3px;${background}`;
}

/** `::highlight()` rules for every category, the focus ring and the flash; `tint` adds background colour. */
export function highlightCss(tint = true): string {
  const rules = CATEGORIES.map((c) => `::highlight(${highlightName(c)}) { ${decoration(CATEGORY_STYLES[c], tint)} }`);
  rules.push(
    `::highlight(${FOCUS_HIGHLIGHT}) { background-color: ${FOCUS_TINT}; text-decoration: underline solid ${FOCUS_COLOR} 3px; text-underline-offset: 3px; }`,
    `::highlight(${FLASH_HIGHLIGHT}) { background-color: ${FLASH_TINT}; }`,
  );
  return rules.join('\n');
}

/**
 * Rules for `<framelens-mark>` elements. Hidden categories get `all: unset`-like rules
 * so turning one off changes only this stylesheet, never the marks themselves.
 */
export function markCss(hidden: ReadonlySet<HighlightCategory>, allHidden: boolean, tint = true): string {
  const rules = CATEGORIES.filter((c) => !allHidden && !hidden.has(c)).map(
    (c) => `${MARK_TAG}[data-category="${c}"] { ${decoration(CATEGORY_STYLES[c], tint)} }`,
  );
  rules.push(
    `${MARK_TAG} { display: inline; font: inherit; color: inherit; }`,
    `${MARK_TAG}[data-focus] { background-color: ${FOCUS_TINT}; outline: 2px solid ${FOCUS_COLOR}; outline-offset: 1px; }`,
    `${MARK_TAG}[data-flash] { background-color: ${FLASH_TINT}; }`,
  );
  return rules.join('\n');
}
