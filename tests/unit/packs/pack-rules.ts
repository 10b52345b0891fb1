/**
 * The review rules every pack must meet beyond its zod schema (issue 4, "What every entry
 * must carry"): each function returns problems as lines naming pack and entry, so a
 * failing test says exactly what to fix.
 */
import type { ActorEntry, Entry, Pack, TermEntry } from '../../../utils/core/lexicon/schema';

/** Actors may speak for a party of the pack or stand outside it. */
export const THIRD_PARTY = 'third-party';

/** Context rules that tie a term to a place or actor of its pack. */
const ANCHOR_RULES = new Set(['sentence-mentions', 'next-phrase-is', 'previous-phrase-is']);

/** Roles that are offices: their holders need dates of office (issue 4: "dates of office where they matter"). */
const OFFICE_ROLE = /\b(president|prime minister|minister|chancellor|king|queen|emir|sultan|leader|commander|chief|secretary|governor|ambassador|envoy|spokes\w*|mayor|head of|speaker|chair\w*|director|general)\b/i;

/** Entry ids that occur more than once in the pack. */
export function duplicateIds(pack: Pack): string[] {
  const seen = new Set<string>();
  const dupes = new Set<string>();
  for (const e of pack.entries) (seen.has(e.id) ? dupes : seen).add(e.id);
  return [...dupes].map((id) => `${pack.id}: entry id "${id}" is used more than once`);
}

function termProblems(pack: Pack, e: TermEntry): string[] {
  const out: string[] = [];
  const where = `${pack.id}/${e.id}`;
  if (e.perspectives.length === 0) out.push(`${where}: no perspectives`);
  if (e.alternatives.length === 0) out.push(`${where}: no neutral alternatives`);
  if (e.category === 'legal-status') {
    if (!e.grounding) out.push(`${where}: legal-status term without grounding (resolutions, court opinions)`);
    if (!(e.context ?? []).some((r) => ANCHOR_RULES.has(r.type))) {
      out.push(`${where}: legal-status term must require a place or actor of the pack (sentence-mentions / next-phrase-is / previous-phrase-is)`);
    }
  }
  return out;
}

function actorProblems(pack: Pack, e: ActorEntry, parties: ReadonlySet<string>): string[] {
  const out: string[] = [];
  const where = `${pack.id}/${e.id}`;
  if (!parties.has(e.side) && e.side !== THIRD_PARTY) out.push(`${where}: side "${e.side}" is neither a party of the pack nor "${THIRD_PARTY}"`);
  if (e.actorType === 'person' && OFFICE_ROLE.test(e.role) && !e.tenure?.from && !e.tenure?.note) {
    out.push(`${where}: person with an office ("${e.role}") needs tenure (from, or a note)`);
  }
  return out;
}

/** The patterns an entry is found by (a place: those of all its names). */
export function entryPatterns(e: Entry): string[] {
  return e.kind === 'place' ? e.names.flatMap((n) => n.patterns) : e.patterns;
}

/** Context rules name actors or places of the pack, and `appliesTo` names the entry's own patterns. */
function ruleProblems(where: string, e: Entry, anchorIds: ReadonlySet<string>): string[] {
  const out: string[] = [];
  const own = new Set(entryPatterns(e));
  for (const rule of e.kind === 'term' ? (e.context ?? []) : (e.contextRules ?? [])) {
    if (rule.type === 'sentence-mentions') {
      for (const id of rule.ids ?? []) if (!anchorIds.has(id)) out.push(`${where}: context rule names "${id}", not an actor or place of the pack`);
    }
    for (const pattern of rule.appliesTo ?? []) {
      if (!own.has(pattern)) out.push(`${where}: a ${rule.type} rule appliesTo "${pattern}", which is not one of the entry's patterns`);
    }
  }
  return out;
}

/** Every field the issue demands, party ids that exist, and context-rule ids that name entries of the pack. */
export function entryProblems(pack: Pack): string[] {
  const parties = new Set(pack.parties.map((p) => p.id));
  const anchorIds = new Set(pack.entries.filter((e) => e.kind !== 'term').map((e) => e.id));
  const unknownParty = (where: string, ids: readonly string[]): string[] =>
    ids.filter((id) => !parties.has(id)).map((id) => `${where}: alignsWith "${id}" is not a party of the pack`);
  const out: string[] = [];
  for (const e of pack.entries) {
    const where = `${pack.id}/${e.id}`;
    out.push(...ruleProblems(where, e, anchorIds));
    if (e.kind === 'term') {
      out.push(...termProblems(pack, e), ...unknownParty(where, e.alignsWith));
    } else if (e.kind === 'actor') {
      out.push(...actorProblems(pack, e, parties));
    } else {
      if (e.names.length === 0) out.push(`${where}: place without names`);
      e.names.forEach((n, k) => {
        if (n.usedBy.length === 0) out.push(`${where}: names[${k}] "${n.name}" has no usedBy`);
        out.push(...unknownParty(`${where} names[${k}]`, n.alignsWith));
      });
    }
  }
  return out;
}

/** Always-on packs (loaded language, outlets) take no sides; conflict packs name their parties and cues. */
export function activationProblems(pack: Pack): string[] {
  if ('always' in pack.activation) {
    const out = pack.parties.length ? [`${pack.id}: an always-on pack declares no parties`] : [];
    for (const e of pack.entries) {
      const aligned = e.kind === 'term' ? e.alignsWith : e.kind === 'place' ? e.names.flatMap((n) => n.alignsWith) : [];
      if (aligned.length) out.push(`${pack.id}/${e.id}: an always-on pack aligns with no party`);
    }
    return out;
  }
  return pack.parties.length < 2 ? [`${pack.id}: a conflict pack declares at least two parties`] : [];
}

/** Across packs: an actor id used twice must be the same actor, and a domain belongs to one outlet. */
export function crossPackProblems(packs: readonly Pack[]): string[] {
  const out: string[] = [];
  const actorNames = new Map<string, { pack: string; name: string }>();
  const domains = new Map<string, string>();
  for (const pack of packs) {
    for (const e of pack.entries) {
      if (e.kind !== 'actor') continue;
      const prior = actorNames.get(e.id);
      if (prior && prior.name !== e.name) out.push(`actor id "${e.id}" is "${prior.name}" in ${prior.pack} but "${e.name}" in ${pack.id}`);
      else actorNames.set(e.id, { pack: pack.id, name: e.name });
      for (const d of e.outlet?.domains ?? []) {
        const owner = domains.get(d);
        if (owner && owner !== `${pack.id}/${e.id}`) out.push(`domain "${d}" belongs to both ${owner} and ${pack.id}/${e.id}`);
        domains.set(d, `${pack.id}/${e.id}`);
      }
    }
  }
  return out;
}
