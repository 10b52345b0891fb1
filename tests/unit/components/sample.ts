/** A small pack and analysis for component tests (shaped like the Karabakh demo, text our own). */
import type { Analysis, Finding } from '@/utils/core/analysis-schema';
import type { PackInfo } from '@/components/entry-info';

export const HOSTILE = '<img src=x onerror="alert(1)"><script>alert(2)</script>';

export const PACK: PackInfo = {
  id: 'karabakh',
  title: 'Nagorno-Karabakh conflict',
  parties: [
    { id: 'azerbaijan', label: 'Azerbaijani government and media' },
    { id: 'armenia', label: 'Armenian government and media' },
  ],
  timeline: [
    { date: '2020-11-10', event: 'A trilateral statement ends the 2020 war.', sources: [{ title: 'Statement', url: 'https://example.org/statement' }] },
    { date: '2020-10-01', event: 'Fighting continues along the line of contact.', sources: [{ title: 'Report', url: 'https://example.org/report' }] },
  ],
  entries: [
    {
      kind: 'term',
      id: 'occupied',
      asOf: '2024-05-01',
      sources: [{ title: 'UN Security Council resolution 822', url: 'https://example.org/822' }],
      examples: { match: ['occupied Karabakh'], noMatch: ['the hotel was fully occupied'] },
      label: 'occupied / occupation',
      category: 'legal-status',
      patterns: ['occupied'],
      alignsWith: ['azerbaijan'],
      note: 'Calls the territory held by force by another state; Armenian sources reject the word.',
      perspectives: [
        { by: 'azerbaijan', view: 'Territory of Azerbaijan held by Armenian forces.' },
        { by: 'armenia', view: 'Rejects the word; speaks of self-determination.' },
      ],
      grounding: 'UN Security Council resolutions of 1993 refer to occupying forces.',
      alternatives: ['Armenian-held', 'under Armenian control'],
    },
    {
      kind: 'actor',
      id: 'azerbaijan-mod',
      asOf: '2024-05-01',
      sources: [{ title: 'Ministry site', url: 'https://example.org/mod' }],
      examples: { match: ['the Defence Ministry said'], noMatch: ['a ministry'] },
      name: "Azerbaijan's Defence Ministry",
      patterns: ['Defence Ministry'],
      actorType: 'government',
      role: 'Ministry of Defence of Azerbaijan',
      side: 'azerbaijan',
      alignment: 'Party to the conflict',
      context: 'The ministry issues daily statements on the fighting during the war.',
    },
  ],
};

const base: Pick<Finding, 'packId' | 'speaker' | 'speakerText' | 'alignsWith' | 'sentence'> = {
  packId: 'karabakh',
  speaker: null,
  speakerText: null,
  alignsWith: [],
  sentence: { start: 0, end: 60 },
};

export const TEXT = 'Troops advanced in occupied Karabakh, the Defence Ministry said. "We liberated it," it said.';

export const FINDINGS: Finding[] = [
  {
    ...base,
    kind: 'term',
    category: 'term',
    entryId: 'occupied',
    text: 'occupied',
    start: 19,
    end: 27,
    voice: 'narrator',
    rule: 'term:occupied/next-phrase-is:place',
    reason: { pattern: 'occupied', conditions: ['the next phrase is a place of this pack'], description: '"occupied" next to a place of the Karabakh pack' },
    alignsWith: ['azerbaijan'],
  },
  {
    ...base,
    kind: 'actor',
    category: 'actor',
    entryId: 'azerbaijan-mod',
    text: 'Defence Ministry',
    start: 42,
    end: 58,
    voice: 'narrator',
    rule: 'actor:azerbaijan-mod',
    reason: { pattern: 'Defence Ministry', conditions: [], description: 'a name of an actor in the Karabakh pack' },
    actorType: 'government',
  },
  {
    ...base,
    kind: 'term',
    category: 'term',
    entryId: 'occupied',
    text: 'occupied',
    start: 19,
    end: 27,
    voice: 'direct-quote',
    speaker: 'azerbaijan-mod',
    speakerText: 'the Defence Ministry',
    rule: 'term:occupied',
    reason: { pattern: 'occupied', conditions: [], description: 'test' },
  },
];

export const ANALYSIS: Analysis = {
  formatVersion: 1,
  article: {
    detected: true,
    reason: 'test',
    title: 'Fighting in Karabakh',
    site: 'The Meridian Post',
    url: 'https://example.org/a',
    authors: [],
    published: '2020-10-11',
    modified: null,
    language: 'en',
    text: TEXT,
  },
  findings: FINDINGS,
  summary: {
    termsByVoice: { narrator: 1, 'direct-quote': 1, reported: 0, 'scare-quote': 0 },
    narratorAlignment: [{ party: 'azerbaijan', label: 'Azerbaijani government and media', count: 1 }],
    narratorPlaceNames: [],
    statementsBySide: [{ party: 'azerbaijan', label: 'Azerbaijani sources', count: 1 }],
    activePacks: ['karabakh'],
    text: 'The narration uses one term associated with the Azerbaijani framing.',
  },
};
