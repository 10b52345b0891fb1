/**
 * The framing summary: counts, never a verdict. Contested terms by voice, the parties
 * whose framing the narrator's own terms and place names align with, the place names the
 * narrator uses, and quoted or reported statements by the speaker's side.
 */
import type { Finding, FramingSummary, Voice } from '../analysis-schema';
import type { Pack } from '../lexicon/schema';

/** Label for speakers whose side is "third-party" and for those we could not place. */
export const THIRD_PARTY = 'third-party';
export const UNKNOWN_SIDE = 'unknown';
const SIDE_LABELS: Record<string, string> = { [THIRD_PARTY]: 'third parties', [UNKNOWN_SIDE]: 'unidentified speakers' };
const VOICES: readonly Voice[] = ['narrator', 'direct-quote', 'reported', 'scare-quote'];
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

  const sides = new Map<string, number>();
  for (const s of input.statements) sides.set(s.side, (sides.get(s.side) ?? 0) + 1);
  const statementsBySide = [...sides]
    .map(([party, count]) => ({ party, label: labelFor(input.activePacks, party), count }))
    .sort((a, b) => b.count - a.count || a.party.localeCompare(b.party));

  const activePacks = input.activePacks.map((p) => p.id);
  return {
    termsByVoice,
    narratorAlignment,
    narratorPlaceNames: [...places.values()],
    statementsBySide,
    activePacks,
    text: describe(terms.length, termsByVoice, narratorAlignment, statementsBySide, input.statements.length),
  };
}

function describe(
  termCount: number,
  byVoice: Record<Voice, number>,
  alignment: FramingSummary['narratorAlignment'],
  bySide: FramingSummary['statementsBySide'],
  statements: number,
): string {
  const parts: string[] = [];
  const voices = VOICES.filter((v) => byVoice[v] > 0).map((v) => `${byVoice[v]} ${VOICE_WORDS[v]}`);
  parts.push(`${plural(termCount, 'contested term was', 'contested terms were')} found${voices.length ? ` (${voices.join(', ')})` : ''}.`);
  if (alignment.length > 0) {
    const counts = alignment.map((a) => `${a.label} ${plural(a.count, 'time', 'times')}`);
    parts.push(`The narration uses terms and place names associated with the framing of ${joinWords(counts)}.`);
  }
  if (statements > 0) {
    const counts = bySide.map((s) => `${s.count} from ${s.label}`);
    parts.push(`${plural(statements, 'statement is', 'statements are')} quoted or reported: ${joinWords(counts)}.`);
  } else {
    parts.push('No quoted or reported statements were found.');
  }
  return parts.join(' ');
}

function joinWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
