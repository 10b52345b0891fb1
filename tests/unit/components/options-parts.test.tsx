import { describe, expect, it } from 'vitest';
import { checkPackText, splitProblems } from '@/components/PackImport';
import { buildOwnTerm, ownTermsPack, slugId } from '@/components/own-terms';
import { findOutlet } from '@/components/outlet';
import { indexPacks } from '@/components/entry-info';
import { loadBuiltinPacks } from '@/utils/core/lexicon/builtin-packs';

describe('checkPackText', () => {
  it('lists every problem with its path and accepts nothing', () => {
    const broken = JSON.stringify({ schemaVersion: 2, id: 'Bad Id', title: 'x', entries: [] });
    const result = checkPackText(broken, new Set());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.length).toBeGreaterThan(3);
    expect(result.problems.some((p) => p.includes('→ at id'))).toBe(true);
    expect(result.problems.some((p) => p.includes('→ at entries'))).toBe(true);
  });

  it('says when the text is not JSON', () => {
    const result = checkPackText('{ nope', new Set());
    expect(result.ok ? [] : result.problems[0]).toMatch(/not valid JSON/);
  });

  it('refuses a pack whose id is already installed', () => {
    const pack = ownTermsPack([okTerm()], '2026-01-01');
    const result = checkPackText(JSON.stringify(pack), new Set(['my-terms']));
    expect(result.ok ? [] : result.problems).toEqual(['✖ a pack with id "my-terms" is already installed → at id']);
  });
});

function okTerm() {
  const built = buildOwnTerm(
    {
      phrase: 'so-called regime',
      note: 'Denies the legitimacy of a government by calling it a regime.',
      alternative: 'government, authorities',
      usedBy: 'opponents',
      view: 'The government is not legitimate.',
      sourceTitle: 'Style guide',
      sourceUrl: 'https://example.org/style',
    },
    '2026-01-01',
  );
  if (!built.ok) throw new Error(built.problems.join('\n'));
  return built.entry;
}

describe('buildOwnTerm', () => {
  it('builds a valid term entry from the form', () => {
    const entry = okTerm();
    expect(entry.id).toBe('so-called-regime');
    expect(entry.alternatives).toEqual(['government', 'authorities']);
    expect(ownTermsPack([entry], '2026-01-01').entries).toHaveLength(1);
  });

  it('lists each missing field by path', () => {
    const result = buildOwnTerm({ phrase: 'x y', note: 'short', alternative: '', usedBy: '', view: '', sourceTitle: '', sourceUrl: 'nope' }, '2026-01-01');
    expect(result.ok).toBe(false);
    const text = result.ok ? '' : result.problems.join('\n');
    for (const path of ['note', 'alternatives', 'sources[0].url', 'perspectives[0].by']) expect(text).toContain(`at ${path}`);
  });

  it('makes ids from phrases', () => {
    expect(slugId('Self-styled  Republic!')).toBe('self-styled-republic');
  });
});

describe('splitProblems', () => {
  it('gives one line per problem', () => {
    expect(splitProblems('✖ a\n  → at x\n✖ b\n  → at y')).toEqual(['✖ a → at x', '✖ b → at y']);
  });
});

describe('findOutlet', () => {
  it('finds an outlet by its domain or a subdomain', () => {
    const packs = indexPacks(loadBuiltinPacks().packs);
    expect(findOutlet(packs, 'www.trtworld.com')?.id).toBe('trt-world');
    expect(findOutlet(packs, 'example.org')).toBeNull();
  });
});
