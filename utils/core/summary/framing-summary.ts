/**
 * The framing summary: counts, never a verdict. Contested terms by voice, the parties
 * whose framing the narrator's own terms and place names align with, the place names the
 * narrator uses, and quoted or reported statements by the speaker's side.
 */
import { Voice, type Finding, type FramingSummary } from '../analysis-schema';
import type { Pack } from '../lexicon/schema';
import { splitSide } from '../actors/joint-side';

/** Label for speakers whose side is "third-party" and for those we could not place. */
export const THIRD_PARTY = 'third-party';
export const UNKNOWN_SIDE = 'unknown';
const SIDE_LABELS: Record<string, string> = { [THIRD_PARTY]: 'third parties', [UNKNOWN_SIDE]: 'speakers not linked to a side' };
const VOICES = Voice.options;
const VOICE_WORDS: Record<Voice, string> = {
  narrator: 'in the narration',
  'direct-quote': 'in direct quotes',
  reported: 'in reported speech',
  'scare-quote': 'in quotation marks without a speaker',
};

/** One attributed statement, by the side of its speaker. */
export interface AttributedStatement {
  side: string;
}

export interface SummaryInput {
  findings: readonly Finding[];
  statements: readonly AttributedStatement[];
  /** Packs that switched on for this article. */
  activePacks: readonly Pick<Pack, 'id' | 'parties'>[];
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function labelFor(packs: SummaryInput['activePacks'], party: string): string {
  for (const pack of packs) {
    const found = pack.parties.find((p) => p.id === party);
    if (found) return found.label;
  }
  return SIDE_LABELS[party] ?? party;
}

/** Counts what the findings and statements say about framing, and states it in plain words. */
export function summarizeFraming(input: SummaryInput): FramingSummary {
  const terms = input.findings.filter((f) => f.kind === 'term');
  const termsByVoice = Object.fromEntries(VOICES.map((v) => [v, terms.filter((f) => f.voice === v).length])) as Record<Voice, number>;

  const alignment = new Map<string, number>();
  for (const pack of input.activePacks) for (const party of pack.parties) alignment.set(party.id, 0);
  const narrated = input.findings.filter((f) => f.voice === 'narrator' && (f.kind === 'term' || f.kind === 'place'));
  for (const f of narrated) for (const party of f.alignsWith) alignment.set(party, (alignment.get(party) ?? 0) + 1);
  const narratorAlignment = [...alignment].map(([party, count]) => ({ party, label: labelFor(input.activePacks, party), count }));

  const places = new Map<string, { placeId: string; name: string; usedBy: string[]; count: number }>();
  for (const f of narrated) {
    if (f.kind !== 'place' || !f.placeName) continue;
    const key = `${f.entryId}\u0000${f.placeName.name}`;
    const entry = places.get(key) ?? { placeId: f.entryId, name: f.placeName.name, usedBy: f.placeName.usedBy, count: 0 };
    entry.count++;
    places.set(key, entry);
  }

  // A joint speaker ("Armenia and Azerbaijan") counts once for each of its parties.
  const sides = new Map<string, number>();
  let joint = 0;
  for (const s of input.statements) {
    const parts = splitSide(s.side);
    if (parts.length > 1) joint++;
    for (const side of parts.length > 0 ? parts : [UNKNOWN_SIDE]) sides.set(side, (sides.get(side) ?? 0) + 1);
  }
  const partyOrder = input.activePacks.flatMap((p) => p.parties.map((x) => x.id));
  const rank = (party: string): number => {
    const i = partyOrder.indexOf(party);
    return i >= 0 ? i : party === UNKNOWN_SIDE ? partyOrder.length + 2 : party === THIRD_PARTY ? partyOrder.length : partyOrder.length + 1;
  };
  const statementsBySide = [...sides]
    .map(([party, count]) => ({ party, label: labelFor(input.activePacks, party), count }))
    .sort((a, b) => rank(a.party) - rank(b.party) || b.count - a.count || a.party.localeCompare(b.party));
  const multiAligned = narrated.some((f) => f.alignsWith.length > 1);

  const activePacks = input.activePacks.map((p) => p.id);
  return {
    termsByVoice,
    narratorAlignment,
    narratorPlaceNames: [...places.values()],
    statementsBySide,
    activePacks,
    text: describe({ termCount: terms.length, byVoice: termsByVoice, alignment: narratorAlignment, multiAligned, bySide: statementsBySide, statements: input.statements.length, joint }),
  };
}

interface Counts {
  termCount: number;
  byVoice: Record<Voice, number>;
  alignment: FramingSummary['narratorAlignment'];
  /** Some narrated term or place name is associated with more than one party. */
  multiAligned: boolean;
  bySide: FramingSummary['statementsBySide'];
  statements: number;
  /** Statements by joint speakers, counted once for each party. */
  joint: number;
}

/** The summary in plain words: what was counted, in the parties' own labels, never a verdict. */
function describe(c: Counts): string {
  const parts: string[] = [];
  const voices = VOICES.filter((v) => c.byVoice[v] > 0).map((v) => `${c.byVoice[v]} ${VOICE_WORDS[v]}`);
  parts.push(`${plural(c.termCount, 'contested term was', 'contested terms were')} found${voices.length ? ` (${voices.join(', ')})` : ''}.`);
  if (c.alignment.length > 0) {
    if (c.alignment.every((a) => a.count === 0)) {
      parts.push('None of the terms or place names in the narration is associated with one party’s framing.');
    } else {
      const counts = c.alignment.map((a) => `${a.label} ${plural(a.count, 'time', 'times')}`);
      const note = c.multiAligned ? ' (a word associated with several parties counts for each)' : '';
      parts.push(`In the narration, terms and place names associated with each party’s framing appear: ${joinItems(counts)}${note}.`);
    }
  }
  if (c.statements > 0) {
    const counts = c.bySide.map((s) => `${s.count} from ${s.label}`);
    const note = c.joint > 0 ? ` (${plural(c.joint, 'statement', 'statements')} by several parties together ${c.joint === 1 ? 'counts' : 'count'} once for each)` : '';
    parts.push(`${plural(c.statements, 'statement is', 'statements are')} quoted or reported: ${joinItems(counts)}${note}.`);
  } else {
    parts.push('No quoted or reported statements were found.');
  }
  return parts.join(' ');
}

/** "a, b and c"; with semicolons when an item has its own "and" or comma ("government and media"). */
function joinItems(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  const separator = items.some((i) => / and |,/.test(i)) ? '; ' : ', ';
  return `${items.slice(0, -1).join(separator)}${separator === '; ' ? '; and ' : ' and '}${items[items.length - 1]}`;
}
