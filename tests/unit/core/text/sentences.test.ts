import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../../utils/core/text/sentences';
import { tokenize } from '../../../../utils/core/text/tokenize';

function sentences(text: string): string[] {
  return splitSentences(text, tokenize(text)).map((s) => text.slice(s.start, s.end));
}

describe('splitSentences', () => {
  it('splits at terminal punctuation before a capital', () => {
    expect(sentences('Talks failed. Fighting resumed! Why? Nobody knows.')).toEqual(['Talks failed.', 'Fighting resumed!', 'Why?', 'Nobody knows.']);
  });

  it('treats every line break as a boundary (headlines have no full stop)', () => {
    expect(sentences('Fighting flares in the north\n\nTroops moved at dawn.')).toEqual(['Fighting flares in the north', 'Troops moved at dawn.']);
  });

  it('does not split after abbreviations and initials', () => {
    expect(sentences('Gen. Ali met Dr. Sarkisian and J. Smith in the U.S. Capitol. Then he left.')).toEqual([
      'Gen. Ali met Dr. Sarkisian and J. Smith in the U.S. Capitol.',
      'Then he left.',
    ]);
  });

  it('keeps a closing quote with its sentence', () => {
    expect(sentences('He said: “We will stay.” Then he left.')).toEqual(['He said: “We will stay.”', 'Then he left.']);
  });

  it('does not split inside numbers', () => {
    expect(sentences('Prices rose 3.5 percent. Wages did not.')).toEqual(['Prices rose 3.5 percent.', 'Wages did not.']);
  });
});
