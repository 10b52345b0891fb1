import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../../utils/core/analyze';
import type { Finding } from '../../../../utils/core/analysis-schema';
import { fixtureLexicon } from '../fixture-lexicon';

const CONTEXT = 'Armenia and Azerbaijan traded fire near Karabakh.\n\n';

/** The voice and speaker of the first "occupied"/"occupation" in `sentence`, with enough cues around it. */
function voiceOf(sentence: string): Pick<Finding, 'voice' | 'speaker'> {
  const analysis = analyzeText(CONTEXT + sentence, fixtureLexicon());
  const f = analysis.findings.find((x) => x.entryId === 'occupied' && x.start >= CONTEXT.length);
  if (!f) throw new Error(`no "occupied" finding in: ${sentence}`);
  return { voice: f.voice, speaker: f.speaker };
}

describe('voice rules', () => {
  it.each([
    ['“Troops left occupied Karabakh,” Ilham Aliyev said.', 'ilham-aliyev'],
    ['"Troops left occupied Karabakh," said Ilham Aliyev.', 'ilham-aliyev'],
    ['Ilham Aliyev said: “Troops left occupied Karabakh.”', 'ilham-aliyev'],
    ['Azerbaijan said its forces have “left occupied Karabakh”.', 'azerbaijan'],
    ['According to Armenia, the “occupied Karabakh” label is false.', 'armenia'],
  ])('direct-quote when the sentence attributes the quote: %s', (sentence, speaker) => {
    expect(voiceOf(sentence)).toEqual({ voice: 'direct-quote', speaker });
  });

  it('direct-quote when the neighbouring sentence attributes it', () => {
    expect(voiceOf('“Nobody leaves occupied Karabakh.” Ilham Aliyev said this on Monday.')).toEqual({ voice: 'direct-quote', speaker: 'ilham-aliyev' });
    expect(voiceOf('Turkey described the talks. “The occupation of Karabakh must end,” it said in a note.')).toEqual({ voice: 'direct-quote', speaker: 'turkey' });
  });

  it('scare-quote when no one is named as saying it', () => {
    expect(voiceOf('Supplies reached the “occupied” part of Karabakh on Monday.')).toEqual({ voice: 'scare-quote', speaker: null });
  });

  it.each([
    ['Azerbaijan said that troops left occupied Karabakh.', 'azerbaijan'],
    ['Azerbaijan says troops left occupied Karabakh.', 'azerbaijan'],
    ['According to Azerbaijan, troops left occupied Karabakh.', 'azerbaijan'],
    ['Troops left occupied Karabakh, according to Azerbaijan.', 'azerbaijan'],
    ['Azerbaijan accused Armenia of the occupation of Karabakh.', 'azerbaijan'],
    ['Troops left occupied Karabakh, Azerbaijan said.', 'azerbaijan'],
    ['Iran warned against the occupation of Karabakh.', 'iran'],
  ])('reported when a speech verb with its speaker governs it: %s', (sentence, speaker) => {
    expect(voiceOf(sentence)).toEqual({ voice: 'reported', speaker });
  });

  it('reported in "what X calls …"', () => {
    const a = analyzeText(`${CONTEXT}What Yerevan calls Artsakh lies in the hills.`, fixtureLexicon());
    expect(a.findings.find((f) => f.text === 'Artsakh')).toMatchObject({ voice: 'reported', speaker: 'armenia' });
  });

  it.each([
    ['Troops left occupied Karabakh on Monday.'],
    ['Azerbaijan kills soldiers in occupied Karabakh'],
    ['Armenia, which holds occupied Karabakh, has been accused of shelling.'],
    ['Turkey voiced support for the return of occupied Karabakh.'],
  ])('narrator otherwise, headlines included: %s', (sentence) => {
    expect(voiceOf(sentence)).toEqual({ voice: 'narrator', speaker: null });
  });

  it('narrator for the speaker phrase itself, even next to a speech verb', () => {
    const a = analyzeText(`${CONTEXT}The self-styled leader of Karabakh said the talks had failed.`, fixtureLexicon());
    expect(a.findings.find((f) => f.entryId === 'self-styled')).toMatchObject({ voice: 'narrator' });
  });

  it('resolves "he said" to the person quoted just before', () => {
    const a = analyzeText(`${CONTEXT}Ilham Aliyev spoke on Monday. “Karabakh was occupied for decades,” he said.`, fixtureLexicon());
    expect(a.findings.find((f) => f.entryId === 'occupied')).toMatchObject({ voice: 'direct-quote', speaker: 'ilham-aliyev', speakerText: 'he' });
  });

  it.each([
    ['Iran — a neighbour of both — urged an end to the occupation of Karabakh.', 'iran'],
    ['Azerbaijan Says Troops Entered Occupied Karabakh Villages', 'azerbaijan'],
    ['The town Azerbaijan calls occupied Karabakh lies west.', 'azerbaijan'],
  ])('reported, with the speaker found around asides and in Title Case headlines: %s', (sentence, speaker) => {
    expect(voiceOf(sentence)).toEqual({ voice: 'reported', speaker });
  });

  it('does not read a capitalised name as a speech verb ("United States")', () => {
    expect(voiceOf('The United States backed talks on occupied Karabakh.')).toEqual({ voice: 'narrator', speaker: null });
  });

  it('reads "officials have called it …" as attributing the quote', () => {
    const a = analyzeText(`${CONTEXT}Turkish officials have called the claims about occupied Karabakh “self-styled lies”.`, fixtureLexicon());
    expect(a.findings.find((f) => f.entryId === 'self-styled')).toMatchObject({ voice: 'direct-quote', speakerText: 'Turkish officials' });
  });

  it('resolves "the ministry said" to the ministry named before', () => {
    const a = analyzeText(`${CONTEXT}Azerbaijan’s Defence Ministry issued a map. Troops left occupied Karabakh, the ministry said.`, fixtureLexicon());
    expect(a.findings.find((f) => f.entryId === 'occupied')).toMatchObject({ voice: 'reported', speaker: 'azerbaijan-defence-ministry', speakerText: 'ministry' });
  });

  it('keeps vague speakers as written, without making them actors', () => {
    const a = analyzeText(`${CONTEXT}Both sides said troops left occupied Karabakh.`, fixtureLexicon());
    expect(a.findings.find((f) => f.entryId === 'occupied')).toMatchObject({ voice: 'reported', speaker: 'Both sides', speakerText: 'Both sides' });
    expect(a.findings.some((f) => f.entryId.startsWith('unknown:'))).toBe(false);
  });
});

describe('voice rules: naming, joint speakers and adverbials', () => {
  const statementsOf = (text: string) => (analyzeText(CONTEXT + text, fixtureLexicon()).statements ?? []).filter((s) => s.start >= CONTEXT.length);

  it.each([
    ['Turkish officials have called such reports “baseless.”', 'baseless.', 'Turkish officials'],
    ['Turkey has called the claims “baseless”.', 'baseless', 'Turkey'],
    ['Officials in Ankara called the reports “baseless” on Monday.', 'baseless', 'Officials in Ankara'],
    ['The reports, which Turkish officials have called “baseless,” were denied.', 'baseless,', 'Turkish officials'],
  ])('a quote named with "called" is a direct quote of the caller, and nothing else is reported: %s', (text, quote, speakerText) => {
    expect(statementsOf(text)).toEqual([expect.objectContaining({ voice: 'direct-quote', text: quote, speakerText })]);
  });

  it('reports the name in "the town X calls Y", with X as speaker', () => {
    const a = analyzeText(`${CONTEXT}Shelling hit the town Azerbaijan calls Khankendi.`, fixtureLexicon());
    expect(a.findings.find((f) => f.text === 'Khankendi')).toMatchObject({ voice: 'reported', speaker: 'azerbaijan', speakerText: 'Azerbaijan' });
  });

  it('reports a standfirst of mutual accusations in the voice of both parties', () => {
    const a = analyzeText(`${CONTEXT}Armenia and Azerbaijan accuse each other of the occupation of Karabakh villages.`, fixtureLexicon());
    expect(a.findings.find((f) => f.entryId === 'occupied' && f.start > CONTEXT.length)).toMatchObject({ voice: 'reported', speaker: 'Armenia and Azerbaijan' });
    expect(a.summary.statementsBySide).toEqual([
      { party: 'armenia', label: 'the Armenian side', count: 1 },
      { party: 'azerbaijan', label: 'the Azerbaijani side', count: 1 },
    ]);
  });

  it.each([
    ['Azerbaijan said in a statement that troops left occupied Karabakh.', 'troops left occupied Karabakh.'],
    ['Azerbaijan said on Sunday that troops left occupied Karabakh.', 'troops left occupied Karabakh.'],
    ['Azerbaijan said the town that troops left was in occupied Karabakh.', 'the town that troops left was in occupied Karabakh.'],
  ])('starts the reported clause after an adverbial and "that": %s', (text, clause) => {
    expect(statementsOf(text)[0]).toMatchObject({ voice: 'reported', text: clause, speaker: 'azerbaijan' });
  });

  it.each([
    ['The officials said so. “Covers are vented,” Mr. McHugh said.', 'McHugh'],
    ['“I posted it on my story,” said Will Tjernlund.', 'Will Tjernlund'],
    ['Pashinyan further described the idea as “certainly absurd.”', 'Pashinyan'],
  ])('attributes a quote to a titled, modal-looking or adverb-led speaker: %s', (text, speakerText) => {
    expect(statementsOf(text).find((s) => s.voice === 'direct-quote')).toMatchObject({ speakerText });
  });

  it('attributes a quote to "said a volunteer", with no actor for the volunteer', () => {
    const a = analyzeText(`${CONTEXT}“We counted every lorry,” said a volunteer at the square. “Nobody has left.”`, fixtureLexicon());
    const quotes = (a.statements ?? []).filter((s) => s.start >= CONTEXT.length);
    expect(quotes.map((s) => [s.voice, s.speakerText])).toEqual([['direct-quote', 'volunteer'], ['direct-quote', 'volunteer']]);
    expect(a.findings.some((f) => f.entryId.startsWith('unknown:'))).toBe(false);
  });

  it.each([
    ['Troops left the village, Azerbaijan said in a statement.', 'Troops left the village'],
    ['Troops left the village, Azerbaijan said on Monday.', 'Troops left the village'],
  ])('reports the clause before "X said in a statement." and not the adverbial: %s', (text, clause) => {
    expect(statementsOf(text)).toEqual([expect.objectContaining({ voice: 'reported', text: clause, speaker: 'azerbaijan' })]);
  });

  it('reports the clause before an inverted "…, say officials."', () => {
    expect(statementsOf('Troops left the village near Karabakh, say Azerbaijani officials.')).toEqual([
      expect.objectContaining({ voice: 'reported', text: 'Troops left the village near Karabakh', speakerText: 'Azerbaijani officials' }),
    ]);
  });

  it.each([
    ['The deal would allow leaders to claim an easy victory in Karabakh.'],
    ['Azerbaijan refused to confirm the shelling.'],
  ])('reads a speech verb after "to" as an infinitive, not an attribution: %s', (text) => {
    expect(statementsOf(text)).toEqual([]);
  });

  it('reports nothing for "X said in a statement." alone', () => {
    expect(statementsOf('Azerbaijan said in a statement.')).toEqual([]);
  });

  it('does not give a quote to a speaker in a later relative clause ("a charge X denied")', () => {
    const [quote] = statementsOf('Baku said Yerevan was “using civilians as shields,” a charge Armenian officials denied.').filter((s) => s.voice === 'direct-quote');
    expect(quote).toMatchObject({ speaker: 'azerbaijan', side: 'azerbaijan' });
  });
});

describe('voice rules: "X refers to Y as Z"', () => {
  it.each([
    ['Azerbaijani officials refer to the region’s main city, Stepanakert, as Khankendi.', 'Azerbaijani officials'],
    ['Baku refers to Stepanakert as Khankendi.', 'Baku'],
  ])('reports the name after "as" in the referrer’s voice, and leaves the thing named to the narrator: %s', (text, speakerText) => {
    const a = analyzeText(`${CONTEXT}${text}`, fixtureLexicon());
    expect(a.findings.find((f) => f.text === 'Khankendi')).toMatchObject({ voice: 'reported', speakerText });
    expect(a.findings.find((f) => f.text === 'Stepanakert')).toMatchObject({ voice: 'narrator' });
  });

  it('is not a naming without "as"', () => {
    const a = analyzeText(`${CONTEXT}Officials referred to Khankendi in the talks.`, fixtureLexicon());
    expect(a.findings.find((f) => f.text === 'Khankendi')).toMatchObject({ voice: 'narrator' });
  });
});
