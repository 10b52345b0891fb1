import { describe, expect, it, vi } from 'vitest';
import { createPerfMarks } from '@/utils/page/perf-marks';

describe('createPerfMarks', () => {
  it('marks each stage with the milliseconds since the content script started', () => {
    let clock = 100;
    const perf = { now: () => clock, mark: vi.fn() };
    const marks = createPerfMarks(perf, 100);
    clock = 104;
    expect(marks.stage('detected', { article: true })).toBe(4);
    clock = 110;
    marks.stage('analyzed');
    expect(perf.mark.mock.calls).toEqual([
      ['framelens:detected', { detail: { article: true, ms: 4 } }],
      ['framelens:analyzed', { detail: { ms: 10 } }],
    ]);
  });
});
