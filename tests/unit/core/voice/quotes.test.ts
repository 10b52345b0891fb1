import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../../../utils/core/voice/quotes';

function quoted(text: string): string[] {
  return findQuoteSpans(text).map((q) => text.slice(q.innerStart, q.innerEnd));
}

describe('findQuoteSpans', () => {
  it.each([
    ['straight double', 'He said "we stay" today.'],
    ['curly double', 'He said “we stay” today.'],
    ['straight single', "He said 'we stay' today."],
    ['curly single', 'He said ‘we stay’ today.'],
    ['guillemets', 'Il a dit « we stay » hier.'],
    ['German low-high', 'Er sagte „we stay“ heute.'],
  ])('finds a %s quote', (_style, text) => {
    expect(quoted(text).map((q) => q.trim())).toEqual(['we stay']);
  });

  it('does not take apostrophes for quotes', () => {
    expect(quoted('It’s the Armenians’ position and Baku’s view.')).toEqual([]);
  });

  it('finds a nested quote inside an outer one', () => {
    const spans = findQuoteSpans('He said: “They call it ‘liberation’ now.”');
    expect(spans.map((s) => s.depth)).toEqual([0, 1]);
  });

  it('follows a quote over paragraphs when the next paragraph reopens it', () => {
    const text = '“We will stay.\n\n“We will not leave,” she said.';
    expect(quoted(text)).toEqual(['We will stay.\n\n“We will not leave,']);
  });

  it('drops a quote left open at the end of a paragraph that is not continued', () => {
    expect(quoted('He said “we stay.\n\nThe talks ended.')).toEqual([]);
  });
});
