import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../../utils/core/analyze';
import { loadBuiltinPacks } from '../../../../utils/core/lexicon/builtin-packs';
import { mergeLexicons, withPacksOff } from '../../../../utils/core/lexicon/combine-lexicons';
import { compileLexicon } from '../../../../utils/core/lexicon/compile';
import type { CompiledLexicon } from '../../../../utils/core/lexicon/compiled-lexicon';

const DEMO = readFileSync(join(import.meta.dirname, '../../../fixtures/pages/demo/source.html'), 'utf8');
const { packs } = loadBuiltinPacks();

function findings(lexicon: CompiledLexicon): string[] {
  const doc = parseHTML(DEMO).document as unknown as Document;
  const analysis = analyzeDocument(doc, lexicon);
  return analysis.findings.map((f) => `${f.start}-${f.end} ${f.packId}/${f.entryId} ${f.voice} ${f.reason.description}`);
}

describe('combining compiled lexicons', () => {
  const all = compileLexicon(packs);
  const expected = findings(all);

  it('finds the demo article findings this test relies on', () => {
    expect(expected.length).toBeGreaterThan(20);
  });

  it('merges two compiled halves into the same findings as compiling all packs at once', () => {
    const half = Math.floor(packs.length / 2);
    const base = compileLexicon(packs.slice(0, half));
    const before = JSON.stringify(base);
    const merged = mergeLexicons(base, compileLexicon(packs.slice(half)));
    expect(findings(merged)).toEqual(expected);
    expect(JSON.stringify(base)).toBe(before);
  });

  it('switching packs off gives the findings of compiling without them', () => {
    const off = new Set(['loaded-language', packs[0]?.id ?? '']);
    const without = compileLexicon(packs.filter((p) => !off.has(p.id)));
    expect(findings(withPacksOff(all, off))).toEqual(findings(without));
  });
});
