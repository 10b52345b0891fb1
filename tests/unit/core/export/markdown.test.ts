import { describe, expect, it } from 'vitest';
import { escapeMarkdown, toMarkdown } from '@/utils/core/export/markdown';
import { ANALYSIS, HOSTILE } from '../../components/sample';

describe('toMarkdown', () => {
  it('lists the article, the summary counts and each finding with its voice and reason', () => {
    const md = toMarkdown(ANALYSIS);
    expect(md).toContain('# Framelens analysis: Fighting in Karabakh');
    expect(md).toContain("| outlet's own words | 1 |");
    expect(md).toContain('## Contested terms (2)');
    expect(md).toContain("direct quote of the Defence Ministry");
    expect(md).toContain('does not rule on who is right');
  });

  it('escapes page text so it cannot inject Markdown or HTML', () => {
    const md = toMarkdown({ ...ANALYSIS, article: { ...ANALYSIS.article, title: HOSTILE } });
    expect(md).toContain('\\<img'); // a backslash-escaped "<" renders as text
    expect(escapeMarkdown('[x](javascript:y)')).toBe('\\[x\\]\\(javascript:y\\)');
  });
});
