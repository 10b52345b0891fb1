/**
 * Styles of the finding card, as a string: the card lives in a closed shadow root in the
 * page, where it is adopted as a constructed stylesheet (no `<style>` in the page).
 * System fonts only (no network). Light and dark follow the reader's colour scheme.
 */
import { CATEGORIES, CATEGORY_STYLES } from '@/utils/page/highlight-styles';
import { CARD_WIDTH } from './FindingCard';

const chips = CATEGORIES.map((c) => {
  const s = CATEGORY_STYLES[c];
  return `.fl-cat-${c} { background: ${s.tint}; text-decoration: underline ${s.line} ${s.color} 2px; text-underline-offset: 3px; }`;
}).join('\n');

export const CARD_CSS = `
.fl-card {
  --ink: #1d2327; --muted: #56616a; --line: #d9dee2; --bg: #ffffff; --soft: #f3f6f7; --accent: #0b6e69; --accent-ink: #ffffff;
  box-sizing: border-box; width: ${CARD_WIDTH}px; max-width: calc(100vw - 16px); max-height: min(70vh, 560px); overflow: auto;
  background: var(--bg); color: var(--ink); border: 1px solid var(--line); border-radius: 10px;
  box-shadow: 0 8px 28px rgba(0, 0, 0, 0.22); padding: 12px 14px;
  font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; text-align: left;
}
@media (prefers-color-scheme: dark) {
  .fl-card { --ink: #e6eaed; --muted: #aab4bb; --line: #3a4248; --bg: #1b1f22; --soft: #252a2e; --accent: #4fc1b9; --accent-ink: #0d1f1e; }
}
.fl-floating { position: fixed; }
.fl-card * { box-sizing: border-box; }
.fl-card-head { display: flex; justify-content: space-between; align-items: center; gap: 8px; }
.fl-chip { font-size: 12px; font-weight: 600; padding: 1px 6px; border-radius: 4px; }
${chips}
.fl-close { border: 0; background: transparent; color: var(--ink); font-size: 20px; line-height: 1; width: 28px; height: 28px; border-radius: 6px; cursor: pointer; }
.fl-close:hover { background: var(--soft); }
.fl-term { font-size: 17px; margin: 6px 0 2px; line-height: 1.3; }
.fl-entry-title { font-weight: 400; color: var(--muted); font-size: 14px; }
.fl-voice { margin: 0 0 8px; color: var(--muted); display: flex; align-items: center; gap: 6px; }
.fl-voice-dot { width: 8px; height: 8px; border-radius: 50%; background: var(--muted); flex: none; }
.fl-voice-narrator { background: #0b6e69; } .fl-voice-direct-quote { background: #3b82f6; }
.fl-voice-reported { background: #a855f7; } .fl-voice-scare-quote { background: #d97706; }
.fl-card h3, .fl-card h4 { font-size: 12px; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); margin: 10px 0 4px; }
.fl-card p { margin: 4px 0; }
.fl-card ul { margin: 2px 0; padding-left: 18px; }
.fl-card li { margin: 2px 0; }
.fl-card a { color: var(--accent); }
.fl-why { background: var(--soft); border-radius: 8px; padding: 4px 10px 6px; margin-top: 10px; }
.fl-meta, .fl-asof { color: var(--muted); font-size: 12px; }
.fl-actions, .fl-mute { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 10px; }
.fl-card button:not(.fl-close) { font: inherit; font-size: 13px; border: 1px solid var(--line); background: var(--soft); color: var(--ink); border-radius: 6px; padding: 5px 9px; cursor: pointer; }
.fl-card button.fl-primary { background: var(--accent); border-color: var(--accent); color: var(--accent-ink); }
.fl-card button:focus-visible, .fl-card a:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.fl-status { min-height: 1em; font-size: 12px; color: var(--muted); margin: 4px 0 0; }
/* The actions stay in sight while a long note scrolls inside the card. */
.fl-footer { position: sticky; bottom: -12px; background: var(--bg); margin: 8px -14px -12px; padding: 2px 14px 8px; border-top: 1px solid var(--line); }
.fl-floating .fl-footer { box-shadow: 0 -6px 10px -8px rgba(0, 0, 0, 0.25); }
`;
