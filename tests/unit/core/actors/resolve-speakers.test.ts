import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../../utils/core/analyze';
import type { Analysis } from '../../../../utils/core/analysis-schema';
import { expectWellFormed, fixtureLexicon } from '../fixture-lexicon';

const CONTEXT = 'Armenia and Azerbaijan traded fire near Karabakh.\n\n';

function analyse(text: string): Analysis {
  const analysis = analyzeText(CONTEXT + text, fixtureLexicon());
  expectWellFormed(analysis);
  return analysis;
}

/** Unknown actors found in `text` (after the context line). */
function unknownActors(text: string): string[] {
  return analyse(text).findings.filter((f) => f.entryId.startsWith('unknown:')).map((f) => f.entryId);
}

/** The statements of `text`, after the context line. */
function statementsOf(text: string): NonNullable<Analysis['statements']> {
  return (analyse(text).statements ?? []).filter((s) => s.start >= CONTEXT.length);
}

describe('resolveSpeakers', () => {
  it.each([
    ['Both sides said the talks had failed.'],
    ['The two sides said the talks had failed.'],
    ['The sides said the talks had failed.'],
    ['The office said the talks had failed.'],
    ['A statement said the talks had failed.'],
    ['The talks failed, the statement said.'],
    ['The ministry said the talks had failed.'],
    ['A spokesman said the talks had failed.'],
    ['The report says the talks failed.'],
    ['That said, the talks failed.'],
    ['After the talks, We’re ready, said nobody.'],
    ['Neither side said that prisoners had been exchanged.'],
  ])('makes no actor of a generic noun, quantifier or function word: %s', (text) => {
    expect(unknownActors(text)).toEqual([]);
  });

  it.each([
    ['Neither side said that prisoners had been exchanged.'],
    ['No official confirmed that prisoners had been exchanged.'],
  ])('reads a denied speaker as no statement at all: %s', (text) => {
    expect(statementsOf(text)).toEqual([]);
  });

  it('resolves "the ministry said" to the most recent ministry named before', () => {
    const [statement] = statementsOf('Azerbaijan’s Defence Ministry issued a map. Armenia’s Defence Ministry rejected it. The ministry said the map was false.');
    expect(statement).toMatchObject({ voice: 'reported', speaker: 'armenia-defence-ministry', speakerText: 'ministry', side: 'armenia' });
  });

  it('gives "according to the office of … X" to X, with the whole phrase as written', () => {
    const [statement] = statementsOf('According to the office of the country’s prime minister, Nikol Pashinyan, civilians were sheltering in basements.');
    expect(statement).toMatchObject({
      voice: 'reported', speaker: 'nikol-pashinyan', side: 'armenia',
      speakerText: 'office of the country’s prime minister, Nikol Pashinyan', text: 'civilians were sheltering in basements.',
    });
  });

  it('gives "a statement from X said" to X, affiliated with the state when only the state is known', () => {
    const a = analyse('A statement from Azerbaijan’s presidential administration said the talks had failed.');
    expect(a.statements?.find((s) => s.voice === 'reported')).toMatchObject({
      speaker: 'unknown:azerbaijan-presidential-administration', speakerText: 'Azerbaijan’s presidential administration', side: 'azerbaijan',
    });
    expect(a.findings.some((f) => f.entryId === 'unknown:statement')).toBe(false);
  });

  it('reads "both sides" as the two parties named together just before', () => {
    const [statement] = statementsOf('Both sides report fighting near Agdam.');
    expect(statement).toMatchObject({ speaker: 'Both sides', speakerText: 'Both sides', side: 'armenia+azerbaijan' });
  });

  it('keeps "both sides" vague when no two parties were named together', () => {
    const a = analyzeText('Talks in Karabakh\n\nBoth sides report fighting near Agdam, Baku said.', fixtureLexicon());
    expect(a.statements?.find((s) => s.speakerText === 'Both sides')).toMatchObject({ side: 'unknown', speaker: 'Both sides' });
  });

  it('resolves each party of a joint speaker, and names no actor for the pair', () => {
    const [statement] = statementsOf('Armenia and Azerbaijan accuse each other of breaking the truce.');
    expect(statement).toMatchObject({ voice: 'reported', speaker: 'Armenia and Azerbaijan', speakerText: 'Armenia and Azerbaijan', side: 'armenia+azerbaijan' });
  });

  it('links authorities to the actor their region calls itself', () => {
    const [statement] = statementsOf('The local authorities who run the region, which calls itself Armenia, said the road was open.');
    expect(statement).toMatchObject({ voice: 'reported', side: 'armenia', speakerText: 'local authorities' });
  });

  it.each([
    ['Turkey hosted talks. Turkish officials said the talks had failed.', 'unknown:turkish-officials', 'third-party'],
    ['Azerbaijani officials said the talks had failed.', 'unknown:azerbaijani-officials', 'azerbaijan'],
    ['Armenian officials said the talks had failed.', 'unknown:armenian-officials', 'armenia'],
    ['Armenian authorities in the disputed region said the talks had failed.', 'unknown:armenian-authorities', 'unknown'],
    ['Iranian officials said the talks had failed.', 'unknown:iranian-officials', 'unknown'],
  ])('links a demonym to a state named in the article, unless the phrase places the speaker elsewhere: %s', (text, speaker, side) => {
    expect(statementsOf(text).find((s) => s.voice === 'reported')).toMatchObject({ speaker, side });
  });

  it.each([
    ['CEO Tim Cook said the talks had failed.', 'unknown:tim-cook', 'CEO'],
    ['Mr Holt said the talks had failed.', 'unknown:holt', undefined],
    ['NASA Administrator Jim Bridenstine said the talks had failed.', 'unknown:jim-bridenstine', 'NASA Administrator'],
    ['The 43-year-old Martin Taylor said the talks had failed.', 'unknown:martin-taylor', undefined],
    ['The Office of Emergency Services said the talks had failed.', 'unknown:office-of-emergency-services', undefined],
    ['Baku called it shelling, a charge Armenian officials denied.', 'unknown:armenian-officials', undefined],
  ])('names an unknown speaker without its titles and describers: %s', (text, id, role) => {
    const actor = analyse(text).findings.find((f) => f.entryId.startsWith('unknown:'));
    expect(actor?.entryId).toBe(id);
    expect(actor?.role).toBe(role);
  });
});
