import { describe, expect, it } from 'vitest';
import { keyAction, stepIndex, type KeyInput } from '@/utils/page/keyboard';

const key = (code: string, mods: Partial<KeyInput> = {}): KeyInput => ({
  code,
  key: code.replace(/^Key/, '').toLowerCase(),
  altKey: false,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  ...mods,
});
const altShift = { altKey: true, shiftKey: true };

describe('keyAction', () => {
  it.each([
    ['Alt+Shift+H toggles', key('KeyH', altShift), 'toggle'],
    ['Alt+Shift+N goes to the next finding', key('KeyN', altShift), 'next'],
    ['Alt+Shift+P goes to the previous finding', key('KeyP', altShift), 'previous'],
    ['reads the physical key (macOS Alt changes event.key)', { ...key('KeyN', altShift), key: '˜' }, 'next'],
    ['plain H is left to the page', key('KeyH'), null],
    ['Ctrl+Alt+Shift+H is left to the page', key('KeyH', { ...altShift, ctrlKey: true }), null],
    ['Alt+Shift+X is left to the page', key('KeyX', altShift), null],
  ])('%s', (_name, input, expected) => {
    expect(keyAction(input, false)).toBe(expected);
  });

  it('closes the card on Escape only while one is open', () => {
    const esc = { ...key('Escape'), key: 'Escape' };
    expect(keyAction(esc, true)).toBe('close');
    expect(keyAction(esc, false)).toBeNull();
  });
});

describe('stepIndex', () => {
  it.each([
    [null, 1, 3, 0],
    [null, -1, 3, 2],
    [0, 1, 3, 1],
    [2, 1, 3, 0],
    [0, -1, 3, 2],
    [5, 1, 3, 0],
    [null, 1, 0, -1],
  ] as const)('from %s by %s among %s is %s', (current, step, count, expected) => {
    expect(stepIndex(current, step, count)).toBe(expected);
  });
});
