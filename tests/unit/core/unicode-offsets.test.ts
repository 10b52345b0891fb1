import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/core/analyze';
import { expectWellFormed, fixtureLexicon } from './fixture-lexicon';

describe('offsets in Unicode text', () => {
  it.each([
    ['emoji and astral characters before a match', '🇦🇿🇦🇲 𝐍𝐞𝐰𝐬: Armenia and Azerbaijan traded fire over occupied Karabakh 🙁.'],
    ['combining marks (decomposed diacritics)', 'Agˇdam and Ag\u0306dam: Azerbaijan says Armenia occupied Ag\u0306dam and Xank\u0259ndi.'],
    ['non-breaking and thin spaces', 'Armenia\u00a0said\u2009Azerbaijan occupied\u00a0Karabakh villages.'],
    ['right-to-left text around Latin names', 'قال Armenia إن Azerbaijan occupied Karabakh اليوم.'],
    ['curly quotes and apostrophes', 'Azerbaijan’s Defence Ministry said Armenia’s units left “occupied Karabakh”.'],
  ])('every finding is the text at its offsets: %s', (_case, text) => {
    const analysis = analyzeText(text, fixtureLexicon());
    expectWellFormed(analysis);
    expect(analysis.findings.some((f) => f.entryId === 'occupied')).toBe(true);
  });

  it('finds a decomposed diacritic spelling of a place', () => {
    const text = 'Armenia and Azerbaijan fought near Ag\u0306dam.';
    const analysis = analyzeText(text, fixtureLexicon());
    expect(analysis.findings.find((f) => f.entryId === 'agdam')?.text).toBe('Ag\u0306dam');
  });
});
