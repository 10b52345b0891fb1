/**
 * The acceptance list of the analysis-core issue, run on ../shared/seed when present
 * (a fresh clone does not have it; the same kinds of checks run on our own fixture
 * article in analyze.test.ts). Runs with our fixture packs, so it tests the core; how
 * the built-in packs do on the seed is the packs' own acceptance test.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/core/analyze';
import type { Analysis, Voice } from '../../../utils/core/analysis-schema';
import type { CompiledLexicon } from '../../../utils/core/lexicon/compiled-lexicon';
import { expectWellFormed, fixtureLexicon } from './fixture-lexicon';

const ROOT = join(import.meta.dirname, '../../..');
const SEED = join(ROOT, '../shared/seed/karabakh-2020-article.txt');

/** Each contested word of the seed in reading order, with the voice a careful reader gives it. */
const EXPECTED_TERMS: [RegExp, Voice][] = [
  [/^occupied$/i, 'reported'], // Armenia says … in occupied Karabakh (standfirst)
  [/^occupied$/i, 'narrator'], // fighting over the occupied Karabakh region
  [/^liberated$/i, 'narrator'], // Azerbaijan liberated crucial Madagiz town
  [/^occupation$/i, 'narrator'], // from Armenian occupation, saying …
  [/^liberated$/i, 'narrator'], // Baku also liberated seven villages
  [/^occupation$/i, 'narrator'],
  [/^self-styled$/i, 'narrator'], // Self-styled Karabakh chief … said
  [/^so-called$/i, 'reported'], // Aliyev criticised the so-called Minsk Group
  [/^occupied$/i, 'narrator'], // Iran does not border directly with occupied Karabakh
  [/^occupied$/i, 'narrator'], // Armenian-occupied areas
  [/^occupied$/i, 'reported'], // Azerbaijan says Armenian forces must fully withdraw from occupied Karabakh
  [/^occupied$/i, 'narrator'], // Occupied Karabakh is not recognised
  [/^occupied$/i, 'narrator'], // Turkey … reclaim occupied Karabakh
  [/^occupying$/i, 'narrator'], // withdrawal of occupying Armenian forces
];
const CONTESTED = /^(occup(y|ied|ation|ying)|liberat(e|ed|ion)|self-styled|so-called)$/i;
const ACTORS = ['Aliyev', 'Macron', 'Harutyunyan', 'Stepanyan', 'Khatibzadeh', 'Minsk Group', 'Security Council', 'Iran', 'Turkey', 'Armenia', 'Azerbaijan'];

function acceptance(name: string, lexicon: () => CompiledLexicon): void {
  describe.skipIf(!existsSync(SEED))(`seed article acceptance (${name})`, () => {
    let analysis: Analysis;
    const get = (): Analysis => (analysis ??= analyzeText(readFileSync(SEED, 'utf8'), lexicon()));

    it('is well formed: every finding is the text at its offsets', () => {
      expectWellFormed(get());
    });

    it('finds every contested use of occupied/occupation/occupying, liberated, self-styled, so-called with the right voice', () => {
      const terms = get().findings.filter((f) => f.kind === 'term' && CONTESTED.test(f.text));
      expect(terms).toHaveLength(EXPECTED_TERMS.length);
      EXPECTED_TERMS.forEach(([word, voice], i) => {
        expect(terms[i]?.text).toMatch(word);
        expect(`${i}:${terms[i]?.voice}`).toBe(`${i}:${voice}`);
      });
    });

    it('recognises Madagiz and Sugovushan as one place with two names', () => {
      const names = get().findings.filter((f) => f.kind === 'place' && /^(Madagiz|Sugovushan)$/.test(f.text));
      expect(names.map((f) => f.text)).toEqual(['Madagiz', 'Sugovushan']);
      expect(new Set(names.map((f) => f.entryId)).size).toBe(1);
    });

    it.each(ACTORS)('finds %s as an actor', (actor) => {
      expect(get().findings.some((f) => f.kind === 'actor' && f.text.includes(actor))).toBe(true);
    });

    it('reads the Defence Ministry\'s "captured new footholds" as a direct quote with the ministry as speaker', () => {
      const quote = get().statements?.find((s) => s.text === 'captured new footholds' && s.speakerText?.includes('Defence Ministry'));
      expect(quote).toMatchObject({ voice: 'direct-quote', side: 'azerbaijan' });
      expect(quote?.speaker).toMatch(/defen[cs]e|ministry|mod/i);
    });
  });
}

acceptance('fixture packs', fixtureLexicon);
