/**
 * In-page keyboard shortcuts. We read `event.code` (the physical key), because Alt changes
 * `event.key` on macOS (Alt+N types "˜"). The same actions are declared as WXT `commands`
 * for browsers that let the reader rebind them.
 */

/** What a key press asks Framelens to do. */
export type KeyAction = 'toggle' | 'next' | 'previous' | 'close';

/** Alt+Shift+<key> shortcuts, by physical key. */
export const SHORTCUTS: Readonly<Record<string, KeyAction>> = {
  KeyH: 'toggle',
  KeyN: 'next',
  KeyP: 'previous',
};

/** The slice of a KeyboardEvent we read. */
export type KeyInput = Pick<KeyboardEvent, 'code' | 'key' | 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey'>;

/** The action for a key press, or null for keys Framelens leaves to the page. */
export function keyAction(event: KeyInput, cardOpen: boolean): KeyAction | null {
  if (event.key === 'Escape' && cardOpen && !event.altKey && !event.ctrlKey && !event.metaKey) return 'close';
  if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return null;
  return SHORTCUTS[event.code] ?? null;
}

/** The index `step` places from `current` among `count` items, wrapping around; -1 when empty. */
export function stepIndex(current: number | null, step: 1 | -1, count: number): number {
  if (count === 0) return -1;
  if (current === null || current < 0 || current >= count) return step === 1 ? 0 : count - 1;
  return (current + step + count) % count;
}
