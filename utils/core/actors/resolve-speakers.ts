/**
 * Resolves each attribution's speaker phrase to an actor: a known actor at the phrase's
 * head ("Defence Ministry spokeswoman Shushan Stepanyan"), the source of a conduit ("a
 * statement from Azerbaijan's presidential administration") or of an office ("the office
 * of … Arayik Harutyunyan"), an unknown actor for the rest of the phrase after a known one
 * ("Azerbaijan's | Defence Ministry", affiliated with Azerbaijan), an unknown actor for an
 * unknown name, every party of a coordinated speaker ("Armenia and Azerbaijan"), or, for
 * pronouns, the most recent compatible speaker or actor. Vague speakers ("sources", "the
 * office", "The …" at a sentence start) are kept as written, with no actor.
 */
import { unknownMention, type ActorMention } from './actor-mention';
import { demonymIndex } from './demonym';
import { MentionIndex } from './mention-index';
import { jointSide } from './joint-side';
import { isNameWord, speakerName } from './speaker-name';
import type { ScanContext } from '../lexicon/scan-context';
import type { SpeakerPhrase } from '../voice/speaker-phrase';
import type { SpeechEvent } from '../voice/speech-events';
import {
  CONDUIT_NOUNS, GENERIC_SPEAKER_HEADS, INSTITUTION_NOUNS, NAMING_VERBS, PAIR_QUANTIFIERS, QUANTIFIERS, ROLE_NOUNS, SPEAKER_NOUNS,
} from '../voice/speech-words';
import { foldKey } from '../text/tokenize';

/** How many sentences back a pronoun ("he said") may reach for its speaker. */
const PRONOUN_REACH_SENTENCES = 4;
/** Prepositions that lead from a conduit or an office to its source ("a statement from …", "the office of …"). */
const SOURCE_PREPOSITIONS = new Set(['from', 'of', 'by']);
const ARTICLES = new Set(['the', 'a', 'an']);
/** Prepositions that place a speaker somewhere ("authorities in the region"). */
const PLACING_PREPOSITIONS = new Set(['in', 'at', 'from']);
/** "calls itself", "call themselves". */
const SELF_WORDS = new Set(['itself', 'themselves']);
/** Small words inside a capitalised name ("Office of the Prime Minister"). */
const NAME_JOINERS = new Set(['of', 'and', 'the', 'for', 'on']);

/** Who speaks in one attribution. */
export interface Speaker {
  /** Actor id (known entry id or "unknown:<slug>"), or null when unresolved or joint. */
  id: string | null;
  /** The speaker as written. */
  text: string;
  /** Party id, "third-party", "unknown", or the parties of a joint speaker joined by "+" (see joint-side.ts). */
  side: string;
  mention: ActorMention | null;
  /** Each speaker of a coordinated phrase ("Armenia and Azerbaijan"); absent for one speaker. */
  members?: readonly Speaker[];
}

interface Phrase {
  first: number;
  end: number;
  head: number;
}

function isPerson(m: ActorMention): boolean {
  return m.actorType === 'person' || (m.actorType === 'unknown' && m.via === 'role');
}

/** Resolves every event's speaker; returns the speakers by event and the unknown actors created. */
export function resolveSpeakers(
  ctx: ScanContext,
  events: readonly SpeechEvent[],
  mentions: readonly ActorMention[],
): { speakers: Map<SpeechEvent, Speaker>; unknown: ActorMention[] } {
  const speakers = new Map<SpeechEvent, Speaker>();
  const history: { sentence: number; mention: ActorMention }[] = [];
  /** Joint speakers and "A and B" pairs of known actors of different sides, in text order, for "both sides". */
  const pairs: { at: number; speaker: Speaker }[] = [];
  const index = new MentionIndex(mentions, (m) => ctx.tokens[m.endToken - 1]?.key ?? '');
  const text = (first: number, end: number): string => ctx.source.slice(ctx.tokens[first]?.start ?? 0, ctx.tokens[end - 1]?.end ?? 0);
  const startOf = (i: number): number => ctx.tokens[i]?.start ?? 0;
  const key = (i: number): string => ctx.tokens[i]?.key ?? '';
  const vague = (p: Phrase): Speaker => ({ id: null, text: text(p.first, p.end), side: 'unknown', mention: null });
  const of = (mention: ActorMention, p: Phrase): Speaker => ({ id: mention.id, text: text(p.first, p.end), side: mention.side, mention });

  for (const m of mentions) {
    const next = key(m.endToken) === 'and' ? index.knownStartingAt(m.endToken + 1)[0] : undefined;
    if (next && m.side !== next.side && isParty(m) && isParty(next)) {
      const span = (x: ActorMention): Phrase => ({ first: x.first, end: x.endToken, head: x.endToken - 1 });
      pairs.push({ at: next.end, speaker: joint([of(m, span(m)), of(next, span(next))], text(m.first, next.endToken)) });
    }
  }

  // Folded once per mention: every "the ministry said" reads them, which was quadratic in foldKey calls on long texts.
  const described = new Map<ActorMention, string>();
  const describedBy = (m: ActorMention): string => {
    let folded = described.get(m);
    if (folded === undefined) {
      folded = foldKey(`${m.name} ${ctx.source.slice(m.start, m.end)} ${m.role ?? ''}`);
      described.set(m, folded);
    }
    return folded;
  };

  /** "the ministry said", "The Azerbaijani president stressed": the latest actor named with that word. */
  const definiteDescription = (p: Phrase): ActorMention | null => {
    const article = ARTICLES.has(key(p.first - 1)) || key(p.first) === 'the';
    if (!article || !(ROLE_NOUNS.has(key(p.head)) || SPEAKER_NOUNS.has(key(p.head)))) return null;
    const words = ctx.tokens.slice(p.first, p.head + 1).filter((t) => t.kind === 'word' && !ARTICLES.has(t.key));
    const keys = words.map((w) => w.key);
    return index.latestBefore(startOf(p.first), `described:${keys.join(' ')}`, (m) => keys.every((k) => describedBy(m).includes(k)));
  };

  /** "a statement from X", "the office of X": the phrase X after the preposition, or null. */
  const sourceOf = (p: Phrase): Phrase | null => {
    if (!SOURCE_PREPOSITIONS.has(key(p.head + 1)) || p.head + 2 >= p.end) return null;
    let first = p.head + 2;
    while (first < p.end - 1 && ARTICLES.has(key(first))) first++;
    const words = ctx.tokens.slice(first, p.end);
    const last = [...words].reverse().findIndex((t) => t.kind === 'word');
    return last < 0 ? null : { first, end: p.end, head: p.end - 1 - last };
  };

  /** "The authorities who run the region, which calls itself the Republic of Artsakh, said": the self-named actor. */
  const selfNamed = (p: Phrase, cue: number): ActorMention | null => {
    for (let k = p.end; k < cue - 1; k++) {
      if (!SELF_WORDS.has(key(k)) || !NAMING_VERBS.has(key(k - 1))) continue;
      let at = k + 1;
      while (ARTICLES.has(key(at))) at++;
      return index.knownStartingAt(at).find((m) => m.actorType !== 'unknown') ?? null;
    }
    return null;
  };

  /**
   * "Turkish officials": the state named by a capitalised modifier, unless the phrase places the speaker
   * elsewhere ("Armenian authorities in the disputed region" are not Armenia's).
   */
  const demonyms = demonymIndex(mentions, ctx.source);
  const demonymAffiliation = (from: number, p: Phrase): ActorMention | null => {
    if (ctx.tokens.slice(p.head + 1, p.end).some((t) => PLACING_PREPOSITIONS.has(t.key))) return null;
    for (let i = from; i < p.head; i++) {
      const t = ctx.tokens[i];
      const state = t && t.kind === 'word' && isNameWord(t) ? demonyms.get(t.key) : undefined;
      if (state) return state;
    }
    return null;
  };

  const resolvePhrase = (p: Phrase, sentence: number, hint: ActorMention | null = null): Speaker => {
    const headKey = key(p.head);
    if (CONDUIT_NOUNS.has(headKey)) {
      const source = sourceOf(p);
      return source ? resolvePhrase(source, sentence) : vague(p);
    }
    // "both sides", "the two sides", "each side": the two parties named together last, else nobody in particular.
    if (GENERIC_SPEAKER_HEADS.has(headKey) && ['side', 'sides'].includes(headKey)) {
      const quantifier = key(p.first) === 'the' ? key(p.first + 1) : key(p.first);
      const pair = PAIR_QUANTIFIERS.has(quantifier) || PAIR_QUANTIFIERS.has(key(p.first - 1)) ? [...pairs].reverse().find((x) => x.at <= startOf(p.first)) : undefined;
      return pair ? { ...pair.speaker, text: text(p.first, p.end) } : vague(p);
    }
    if (GENERIC_SPEAKER_HEADS.has(headKey) || QUANTIFIERS.has(key(p.first)) || QUANTIFIERS.has(key(p.first - 1))) return vague(p);
    const described = definiteDescription(p);
    if (described) {
      history.push({ sentence, mention: described });
      return of(described, p);
    }
    const inside = [...index.knownWithin(p.first, p.end), ...index.unknownWithin(p.first, p.end)];
    const atHead = inside.find((m) => m.first <= p.head && p.head < m.endToken);
    if (atHead) {
      history.push({ sentence, mention: atHead });
      return of(atHead, p);
    }
    // Belongs to a known actor before the head ("Azerbaijan's | Defence Ministry") or after it ("office of | Arayik Harutyunyan").
    const before = inside.filter((m) => m.endToken <= p.head).sort((a, b) => b.endToken - a.endToken)[0] ?? null;
    const after = inside.filter((m) => m.first > p.head && m.actorType !== 'unknown').sort((a, b) => b.first - a.first)[0] ?? null;
    if (after && INSTITUTION_NOUNS.has(headKey) && SOURCE_PREPOSITIONS.has(key(p.head + 1))) {
      history.push({ sentence, mention: after }); // "the office of … Arayik Harutyunyan" speaks for him
      return of(after, p);
    }
    const name = speakerName(ctx, before ? before.endToken : p.first, p.head, !!(before ?? after ?? hint));
    if (!name) return vague(p);
    const demonym = before ?? after ?? hint ? null : demonymAffiliation(name.first, p);
    const affiliation = before ?? after ?? hint ?? demonym;
    // "Office of Emergency Services": a capitalised "of" tail is part of the name.
    const tail = ctx.tokens.slice(p.head + 2, p.end);
    const nameEnd = key(p.head + 1) === 'of' && isNameWord(ctx.tokens[p.head]) && tail.length > 0 && tail.every((t) => t.kind !== 'word' || isNameWord(t) || NAME_JOINERS.has(t.key)) ? p.end : p.head + 1;
    const existing = index.unknownAt(name.first, nameEnd);
    const named = existing ? null : sameName(ctx, index, name.first, nameEnd);
    if (named) {
      const here = { ...named, first: name.first, endToken: nameEnd, start: startOf(name.first), end: ctx.tokens[nameEnd - 1]?.end ?? 0, via: 'speaker' as const };
      index.addUnknown(here);
      history.push({ sentence, mention: here });
      return { id: named.id, text: text(p.first, p.end), side: named.side, mention: here };
    }
    const mention = existing ?? unknownMention(ctx, name.first, nameEnd, 'speaker', name.role, affiliation, !demonym);
    if (!mention) return vague(p);
    if (!existing) index.addUnknown(mention);
    history.push({ sentence, mention });
    return of(mention, p);
  };

  const resolvePronoun = (phrase: SpeakerPhrase, sentence: number): Speaker => {
    const wantPerson = phrase.pronoun === 'person';
    const recent = [...history].reverse().find((h) => sentence - h.sentence <= PRONOUN_REACH_SENTENCES && isPerson(h.mention) === wantPerson);
    const nearest = index.latestBefore(startOf(phrase.first), `known:${wantPerson ? 'person' : 'other'}`, (m) => isPerson(m) === wantPerson && m.actorType !== 'unknown');
    const mention = recent?.mention ?? nearest ?? null;
    return { id: mention?.id ?? null, text: text(phrase.first, phrase.end), side: mention?.side ?? 'unknown', mention };
  };

  for (const event of [...events].sort((a, b) => a.cue - b.cue)) {
    const phrase = event.speaker;
    let speaker: Speaker;
    if (phrase.pronoun) speaker = resolvePronoun(phrase, event.sentence);
    else if (phrase.parts) {
      speaker = joint(phrase.parts.map((part) => resolvePhrase(part, event.sentence)), text(phrase.first, phrase.end));
      if (speaker.members && speaker.members.length > 1) pairs.push({ at: ctx.tokens[phrase.end - 1]?.end ?? 0, speaker });
    } else speaker = resolvePhrase(phrase, event.sentence, selfNamed(phrase, event.cue));
    speakers.set(event, speaker);
  }
  return { speakers, unknown: [...index.unknown] };
}

/** A party to the conflict (not a third party or an unplaced actor). */
function isParty(m: ActorMention): boolean {
  return m.side !== 'third-party' && m.side !== 'unknown';
}

/** One speaker for a coordinated phrase: no single actor, the members' sides joined. */
function joint(members: readonly Speaker[], text: string): Speaker {
  const known = members.filter((m) => m.id !== null);
  if (known.length === 1 && members.length === 1) return known[0] as Speaker;
  return { id: null, text, side: jointSide(members.map((m) => m.side)), mention: null, members };
}

/** An unknown actor named in full earlier whose last word is this one-word phrase ("Emmanuel Macron" … "Macron said"). */
function sameName(ctx: ScanContext, index: MentionIndex, first: number, end: number): ActorMention | null {
  if (end - first !== 1) return null;
  const key = ctx.tokens[first]?.key;
  return key === undefined ? null : index.fullNameEndingIn(key);
}
