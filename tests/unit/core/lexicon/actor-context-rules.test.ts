import { describe, expect, it } from 'vitest';
import { addSurnameMentions } from '../../../../utils/core/actors/surname-mentions';
import { compileLexicon } from '../../../../utils/core/lexicon/compile';
import { findEntries } from '../../../../utils/core/lexicon/find-entries';
import { createScanContext } from '../../../../utils/core/lexicon/scan-context';
import type { ContextRule, Pack, PackInput } from '../../../../utils/core/lexicon/schema';
import { actor, pack, place, term } from '../make-pack';

type RuleInput = NonNullable<Extract<PackInput['entries'][number], { kind: 'actor' }>['contextRules']>[number];

/** The texts of the findings of entry `id` in `text`. */
function found(p: Pack, text: string, id: string): string[] {
  const ctx = createScanContext(text, compileLexicon([p]));
  return findEntries(ctx)
    .filter((f) => p.entries[f.entry]?.id === id)
    .map((f) => text.slice(f.start, f.end));
}

function washington(rules: RuleInput[]): Pack {
  return pack('us', [actor('united-states', ['United States', 'Washington'], { contextRules: rules })]);
}

describe('actor context rules', () => {
  it.each([
    ['Washington said the talks would resume.', ['Washington']],
    ['The Washington Post reported the talks.', []],
    ['She studied at the University of Washington.', []],
    ['The United States and the Washington Post disagreed.', ['United States']],
  ])('not-followed-by / not-preceded-by apply to every pattern of the actor: %s', (text, expected) => {
    const rules: RuleInput[] = [
      { type: 'not-followed-by', patterns: ['Post'] },
      { type: 'not-preceded-by', patterns: ['University of'] },
    ];
    expect(found(washington(rules), text, 'united-states')).toEqual(expected);
  });

  it('not-followed-by counts words, not commas, and looks `within` words ahead', () => {
    const rules: RuleInput[] = [{ type: 'not-followed-by', patterns: ['Idaho'], within: 2 }];
    const p = pack('ru', [actor('russia', ['Moscow'], { contextRules: rules })]);
    expect(found(p, 'Students in Moscow, Idaho, mourned.', 'russia')).toEqual([]);
    expect(found(p, 'Moscow and then Idaho were named.', 'russia')).toEqual(['Moscow']);
    expect(found(p, 'Moscow warned Kyiv.', 'russia')).toEqual(['Moscow']);
  });

  it.each([
    ['Denzel Washington starred in the film.', false],
    ['The Washington Post reported it.', false],
    ['Officials in Washington said no.', true],
    ['Beijing, Washington and Moscow met.', true],
    ['US President Washington spoke.', true], // a title is not part of the name
    ['Washington Thursday rejected the offer.', true],
    ["Washington's Congress voted.", true], // a possessive ends the name
    ['Israeli PM Washington spoke.', true], // a short title
    ['The Secretary of State Washington spoke.', true], // the end of a title
    ['The Evergreen State Washington office closed.', false], // "State" ends a title only after "of"
    ['the Washington-based group', true],
  ])('not-in-longer-name: %s → %s', (text, expected) => {
    expect(found(washington([{ type: 'not-in-longer-name' }]), text, 'united-states').length > 0).toBe(expected);
  });

  it('not-in-longer-name looks past a hyphenated compound: "Maher al-Assad" is not "Assad"', () => {
    const rules: RuleInput[] = [{ type: 'not-in-longer-name', sides: ['before'] }];
    const p = pack('sy', [actor('bashar-al-assad', ['Assad', 'al-Assad'], { contextRules: rules })]);
    expect(found(p, 'Maher al-Assad commanded the division.', 'bashar-al-assad')).toEqual([]);
    expect(found(p, 'President al-Assad spoke.', 'bashar-al-assad')).toEqual(['al-Assad']);
  });

  it('not-in-longer-name looks only at the sides it is given', () => {
    const after: RuleInput[] = [{ type: 'not-in-longer-name', sides: ['after'] }];
    expect(found(washington(after), 'Denzel Washington starred.', 'united-states')).toEqual(['Washington']);
    expect(found(washington(after), 'The Washington Post reported it.', 'united-states')).toEqual([]);
  });

  it('appliesTo keeps a rule to the patterns it names', () => {
    const rules: RuleInput[] = [{ type: 'not-in-longer-name', appliesTo: ['Washington'] }];
    expect(found(washington(rules), 'The United States Navy sailed.', 'united-states')).toEqual(['United States']);
    expect(found(washington(rules), 'The Washington Post reported it.', 'united-states')).toEqual([]);
  });

  it.each([
    ['WASHINGTON (AP) — Officials met on Monday.', false],
    ['WASHINGTON — Officials met on Monday.', false],
    ['US AND CHINA: WASHINGTON WARNS BEIJING', true],
    ['Washington warned Beijing.', true],
  ])('all-capitals false: a dateline is not a mention, a headline in capitals is: %s → %s', (text, expected) => {
    expect(found(washington([{ type: 'all-capitals', value: false }]), text, 'united-states').length > 0).toBe(expected);
  });

  it('applies to place names too', () => {
    const rules: RuleInput[] = [{ type: 'not-in-longer-name' }];
    const p = pack('ye', [{ ...place('sanaa', [{ name: 'Sanaa', patterns: ['Sanaa', 'Sana'] }]), contextRules: rules }]);
    expect(found(p, 'Strikes hit Sana on Monday.', 'sanaa')).toEqual(['Sana']);
    expect(found(p, 'Sana Mir captained the team.', 'sanaa')).toEqual([]);
  });

  it('describes the rules that held, a long word list by its first words', () => {
    const rules: RuleInput[] = [{ type: 'not-followed-by', patterns: ['Post', 'Times', 'state', 'Examiner', 'Nationals'] }];
    const lexicon = compileLexicon([washington(rules)]);
    const [finding] = findEntries(createScanContext('Washington said no.', lexicon));
    expect(finding?.conditions).toEqual(['not followed by "Post", "Times", "state", "Examiner" or 1 more']);
  });

  it('compiles the rule patterns of actors and places, and names a bad one by its path', () => {
    const p = washington([{ type: 'not-followed-by', patterns: ['Post'] }]);
    const bad = { ...p, entries: [{ ...p.entries[0], contextRules: [{ type: 'not-followed-by', patterns: ['P(ost'], within: 1 }] }] } as Pack;
    expect(compileLexicon([p]).problems).toEqual([]);
    expect(compileLexicon([bad]).problems.join('\n')).toContain('united-states.contextRules[0].patterns[0]');
  });
});

describe('mentions that other rules see', () => {
  const occupied = term('occupied', ['occupied'], { context: [{ type: 'sentence-mentions', kinds: ['actor'] }] });

  it('a name dropped by its own rules is no mention for a term rule', () => {
    const p = pack('us', [occupied, actor('united-states', ['Washington'], { contextRules: [{ type: 'not-in-longer-name' }] })]);
    expect(found(p, 'Washington said the base stayed occupied.', 'occupied')).toEqual(['occupied']);
    expect(found(p, 'The Washington Post said the hotel was occupied.', 'occupied')).toEqual([]);
  });

  it('an actor whose rule needs another mention is confirmed through it, in any order', () => {
    const needs = (ids: string[]): ContextRule[] => [{ type: 'sentence-mentions', kinds: ['actor'], ids }];
    const p = pack('k', [
      actor('c', ['Gamma'], { contextRules: needs(['b']) }),
      actor('b', ['Beta'], { contextRules: needs(['a']) }),
      actor('a', ['Alpha']),
    ]);
    expect(found(p, 'Gamma met Beta and Alpha.', 'c')).toEqual(['Gamma']);
    expect(found(p, 'Gamma met Beta.', 'c')).toEqual([]);
    expect(found(p, 'Gamma met Beta.', 'b')).toEqual([]);
  });

  it('two actors that only vouch for each other are not confirmed', () => {
    const p = pack('k', [
      actor('a', ['Alpha'], { contextRules: [{ type: 'sentence-mentions', kinds: ['actor'], ids: ['b'] }] }),
      actor('b', ['Beta'], { contextRules: [{ type: 'sentence-mentions', kinds: ['actor'], ids: ['a'] }] }),
      term('occupied', ['occupied'], { context: [{ type: 'sentence-mentions', kinds: ['actor'] }] }),
    ]);
    // Each rule is evaluated on its own match, but a term sees only confirmed mentions.
    expect(found(p, 'Alpha and Beta occupied it.', 'occupied')).toEqual([]);
  });
});

describe('surname mentions keep the person’s rules', () => {
  it('a later surname after another first name is someone else, even without rules', () => {
    const p = pack('us', [actor('donald-trump', ['Donald Trump'], { actorType: 'person' })]);
    const text = 'Donald Trump spoke. Ivanka Trump listened. Trump left.';
    const ctx = createScanContext(text, compileLexicon([p]));
    expect(addSurnameMentions(ctx, findEntries(ctx)).map((f) => f.start)).toEqual([0, text.indexOf('Trump left')]);
  });

  it('a later surname that is part of another name is not the person', () => {
    const p = pack('il', [
      actor('herzog', ['Isaac Herzog'], { actorType: 'person', contextRules: [{ type: 'not-in-longer-name', sides: ['before'] }] }),
    ]);
    const text = 'President Isaac Herzog spoke. Werner Herzog filmed it. Herzog said he was moved.';
    const ctx = createScanContext(text, compileLexicon([p]));
    const mentions = addSurnameMentions(ctx, findEntries(ctx)).map((f) => f.start);
    expect(mentions).toEqual([text.indexOf('Isaac Herzog'), text.indexOf('Herzog said')]);
  });
});
