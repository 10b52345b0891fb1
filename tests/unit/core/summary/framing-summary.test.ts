import { describe, expect, it } from 'vitest';
import { Finding } from '../../../../utils/core/analysis-schema';
import { summarizeFraming } from '../../../../utils/core/summary/framing-summary';
import { pack, term } from '../make-pack';

const conflict = pack('conflict', [term('t', ['t'])], {
  parties: [
    { id: 'north', label: 'Northern government and media' },
    { id: 'south', label: 'Southern government and media' },
  ],
});
const simple = pack('simple', [term('t', ['t'])], { parties: [{ id: 'north', label: 'the northern side' }, { id: 'south', label: 'the southern side' }] });

/** A narrated term aligned with `parties`. */
function narrated(...parties: string[]): Finding {
  return Finding.parse({
    kind: 'term', category: 'term', entryId: 't', packId: 'conflict', text: 't', start: 0, end: 1, voice: 'narrator',
    speaker: null, speakerText: null, rule: 'term:t', reason: { pattern: 't', conditions: [], description: 't' },
    alignsWith: parties, sentence: { start: 0, end: 1 },
  });
}

describe('summarizeFraming', () => {
  it('counts a joint speaker’s statement once for each of its parties', () => {
    const s = summarizeFraming({ findings: [], statements: [{ side: 'north+south' }, { side: 'north' }], activePacks: [conflict] });
    expect(s.statementsBySide).toEqual([
      { party: 'north', label: 'Northern government and media', count: 2 },
      { party: 'south', label: 'Southern government and media', count: 1 },
    ]);
    expect(s.text).toContain('2 statements are quoted or reported: 2 from Northern government and media; and 1 from Southern government and media (1 statement by several parties together counts once for each).');
  });

  it('lists sides in the pack’s party order, then third parties, then speakers not linked to a side', () => {
    const s = summarizeFraming({ findings: [], statements: [{ side: 'unknown' }, { side: 'third-party' }, { side: 'south' }, { side: 'third-party' }], activePacks: [simple] });
    expect(s.statementsBySide.map((x) => x.party)).toEqual(['south', 'third-party', 'unknown']);
    expect(s.text).toMatch(/4 statements are quoted or reported: 1 from the southern side, 2 from third parties and 1 from speakers not linked to a side\.$/);
  });

  it('names parties by their labels, with semicolons when a label has its own "and"', () => {
    const s = summarizeFraming({ findings: [narrated('north'), narrated('north', 'south')], statements: [], activePacks: [conflict] });
    expect(s.text).toBe(
      '2 contested terms were found (2 in the narration). In the narration, terms and place names associated with each party’s framing appear: ' +
        'Northern government and media 2 times; and Southern government and media 1 time (a word associated with several parties counts for each). ' +
        'No quoted or reported statements were found.',
    );
  });

  it('says plainly when the narration leans on no party’s words', () => {
    const s = summarizeFraming({ findings: [], statements: [], activePacks: [simple] });
    expect(s.text).toContain('None of the terms or place names in the narration is associated with one party’s framing.');
  });

  it.each([
    [[narrated('north'), narrated('north'), narrated('north')], [{ side: 'north' }]],
    [[narrated('south')], [{ side: 'south' }, { side: 'north+south' }]],
  ])('states counts, never a verdict', (findings, statements) => {
    const s = summarizeFraming({ findings, statements, activePacks: [conflict] });
    expect(s.text).not.toMatch(/\b(bias(ed)?|propaganda|unfair|slanted|one-sided|balanced|favou?rs?)\b/i);
  });
});
