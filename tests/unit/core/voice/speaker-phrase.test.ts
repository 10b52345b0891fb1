import { describe, expect, it } from 'vitest';
import { speakerAfter, speakerBefore } from '../../../../utils/core/voice/speaker-phrase';
import { tokenize } from '../../../../utils/core/text/tokenize';

const outsideQuotes = (): boolean => false;

/** The speaker phrase before the word `verb` in `text`, as written, with its parts when coordinated. */
function before(text: string, verb: string): { text: string; parts: string[] } | null {
  const tokens = tokenize(text);
  const at = tokens.findIndex((t) => t.text === verb);
  const phrase = speakerBefore(tokens, at, 0, outsideQuotes);
  if (!phrase) return null;
  const slice = (first: number, end: number): string => text.slice(tokens[first]?.start ?? 0, tokens[end - 1]?.end ?? 0);
  return { text: slice(phrase.first, phrase.end), parts: (phrase.parts ?? []).map((p) => slice(p.first, p.end)) };
}

/** The "according to" speaker phrase in `text`. */
function afterAccordingTo(text: string): string | null {
  const tokens = tokenize(text);
  const to = tokens.findIndex((t, i) => t.key === 'to' && tokens[i - 1]?.key === 'according');
  const phrase = speakerAfter(tokens, to, tokens.length, outsideQuotes, true);
  return phrase ? text.slice(tokens[phrase.first]?.start ?? 0, tokens[phrase.end - 1]?.end ?? 0) : null;
}

describe('speakerBefore', () => {
  it.each([
    ['“Lies,” a charge Armenian officials denied.', 'denied', 'Armenian officials'],
    ['The ethnic Armenian authorities said', 'said', 'ethnic Armenian authorities'],
    ['Then senior Turkish officials said', 'said', 'senior Turkish officials'],
    ['Defence Ministry spokeswoman Shushan Stepanyan said', 'said', 'Defence Ministry spokeswoman Shushan Stepanyan'],
    ['the town Azerbaijan calls Khojavend', 'calls', 'Azerbaijan'],
    ['Both sides report fighting', 'report', 'Both sides'],
    ['the Russian and Syrian defence ministries accused', 'accused', 'Russian and Syrian defence ministries'],
    ['Armenian authorities in the disputed region said', 'said', 'Armenian authorities in the disputed region'],
    ['US officials said', 'said', 'US officials'],
    ['The US Embassy in New Delhi said', 'said', 'US Embassy in New Delhi'],
  ])('trims the phrase to the speaker’s noun phrase: %s', (text, verb, expected) => {
    expect(before(text, verb)).toEqual({ text: expected, parts: [] });
  });

  it.each([
    ['Armenia and Azerbaijan accuse each other', 'accuse', 'Armenia and Azerbaijan', ['Armenia', 'Azerbaijan']],
    ['France, Russia and the United States urged', 'urged', 'France, Russia and the United States', ['France', 'Russia', 'United States']],
  ])('keeps each speaker of a coordinated phrase: %s', (text, verb, expected, parts) => {
    expect(before(text, verb)).toEqual({ text: expected, parts });
  });
});

describe('speakerAfter (according to)', () => {
  it.each([
    ['According to the office of the region’s de facto leader, Arayik Harutyunyan, civilians were sheltering.', 'office of the region’s de facto leader, Arayik Harutyunyan'],
    ['According to the ministry of defence, troops advanced.', 'ministry of defence'],
    ['According to officials in Baku, troops advanced.', 'officials in Baku'],
    ['According to Azerbaijan, troops advanced.', 'Azerbaijan'],
    ['Troops advanced, according to the Armenian Defence Ministry.', 'Armenian Defence Ministry'],
  ])('takes a prepositional phrase and an appositive name into the speaker: %s', (text, expected) => {
    expect(afterAccordingTo(text)).toBe(expected);
  });
});
