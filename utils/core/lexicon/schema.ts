/**
 * The lexicon pack format: the single source of truth for packs.
 *
 * Every TypeScript type for packs is inferred from these schemas, and
 * `scripts/gen-pack-schema.ts` generates `docs/schema/pack.schema.json` from them
 * for people who write packs by hand. Hand-written objects are strict: a typo is an
 * error with its path, not an ignored key.
 */
import { z } from 'zod';
import { ACTOR_TYPES } from './actor-types';

/** The pack format version this build reads natively; older packs are migrated on import. */
export const PACK_SCHEMA_VERSION = 2;

const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lower-case words joined by hyphens, e.g. "self-styled"');

/** An ISO date (YYYY-MM-DD), e.g. the "as of" date of a note. */
export const IsoDate = z.iso.date();

/**
 * A pattern in the small, linear-time pattern syntax (not a regular expression):
 * - words and phrases are literal: `so-called`, `Nagorno-Karabakh`;
 * - `word[,s,es]` lists endings after a stem (empty = the stem itself): `liberat[e,es,ed,ing,ion]`;
 * - `a~b` joins two words with a hyphen, a space or nothing: `self~styled`;
 * - `*` stands for exactly one word (a hyphenated compound such as "Nagorno-Karabakh" counts as one): `the * regime`.
 * Possessives ('s, ’s, and the plural "Students' Union"), curly/straight apostrophes, hyphen variants
 * (‐ ‑ – —), diacritics ("Agdam" matches "Ağdam") and letter case (see `matchCase`) are handled by the
 * matcher. Besides words, a pattern may hold hyphens, apostrophes, a slash between words ("PKK/YPG"),
 * dotted abbreviations ("U.S.") and initials ("S. Jaishankar"); anything else is rejected on load.
 */
export const Pattern = z
  .string()
  .min(1)
  .max(200)
  .refine((p) => p.trim() === p && !/\s{2,}/.test(p), 'no leading, trailing or double spaces')
  .refine((p) => !/^\*( \*)*$/.test(p), 'a pattern needs at least one literal word');

/** A source a note rests on: a primary document or a reference work, by URL. */
export const Source = z.strictObject({
  title: z.string().min(3),
  url: z.url({ protocol: /^https?$/ }),
  /** When the source was read (defaults to the entry's asOf). */
  accessed: IsoDate.optional(),
});

/** Which entries count as "a place or party of this conflict" in context rules. */
const EntryKinds = z.array(z.enum(['actor', 'place'])).min(1);

/**
 * Every rule may name the entry's own patterns it is for (`appliesTo`, as written in `patterns`):
 * an actor's "Washington" needs rules its "United States" does not. Default: every pattern.
 */
const RuleScope = { appliesTo: z.array(Pattern).min(1).optional() };

/**
 * A condition on the sentence or article around a match. A term matches only
 * when every rule in its `context` holds (an actor or place: its `contextRules`). Rules look at
 * words and at other findings of the same pack (places, actors), never at raw regexes.
 */
export const ContextRule = z.discriminatedUnion('type', [
  /** A place or actor of this pack is mentioned in the same sentence. */
  z.strictObject({ type: z.literal('sentence-mentions'), kinds: EntryKinds, ids: z.array(Id).optional(), ...RuleScope }),
  /** The next noun phrase (skipping up to `within` determiners/adjectives) is a place or actor of this pack. */
  z.strictObject({
    type: z.literal('next-phrase-is'),
    kinds: EntryKinds,
    within: z.number().int().min(1).max(6).default(3),
    ...RuleScope,
  }),
  /** The previous noun phrase (e.g. "Armenian-occupied", "Karabakh, occupied") is a place or actor of this pack. */
  z.strictObject({
    type: z.literal('previous-phrase-is'),
    kinds: EntryKinds,
    within: z.number().int().min(1).max(6).default(3),
    ...RuleScope,
  }),
  /** One of these patterns occurs within `within` words before the match. */
  z.strictObject({ type: z.literal('preceded-by'), patterns: z.array(Pattern).min(1), within: z.number().int().min(1).max(10).default(1), ...RuleScope }),
  /** One of these patterns occurs within `within` words after the match. */
  z.strictObject({ type: z.literal('followed-by'), patterns: z.array(Pattern).min(1), within: z.number().int().min(1).max(10).default(1), ...RuleScope }),
  /** One of these patterns occurs anywhere in the same sentence. */
  z.strictObject({ type: z.literal('sentence-has'), patterns: z.array(Pattern).min(1), ...RuleScope }),
  /** None of these patterns occurs in the same sentence (the tricky negatives: "hotel", "seat"). */
  z.strictObject({ type: z.literal('sentence-lacks'), patterns: z.array(Pattern).min(1), ...RuleScope }),
  /** None of these patterns ends within `within` words before the match ("University of" Washington). */
  z.strictObject({
    type: z.literal('not-preceded-by'),
    patterns: z.array(Pattern).min(1),
    within: z.number().int().min(1).max(10).default(1),
    ...RuleScope,
  }),
  /** None of these patterns starts within `within` words after the match (Washington "Post"). */
  z.strictObject({
    type: z.literal('not-followed-by'),
    patterns: z.array(Pattern).min(1),
    within: z.number().int().min(1).max(10).default(1),
    ...RuleScope,
  }),
  /**
   * The match is not part of a longer capitalised name: the word right before it (`before`) and right
   * after it (`after`), separated by spaces only, is not a name word ("Denzel Washington", "Georgia
   * Tech", "Paris Hilton"). Titles ("President"), weekdays, months, function words and a possessive
   * ("Georgia's Parliament") are not name words. A title-case headline hides the match too: a missed
   * highlight costs less than a wrong one.
   */
  z.strictObject({
    type: z.literal('not-in-longer-name'),
    sides: z.array(z.enum(['before', 'after'])).min(1).default(['before', 'after']),
    ...RuleScope,
  }),
  /**
   * The match is (or is not) capitalised as written in the text, e.g. "Occupied Territories". At the
   * start of a sentence or headline a capital is no evidence, so `value: false` holds there too.
   */
  z.strictObject({ type: z.literal('capitalised'), value: z.boolean(), ...RuleScope }),
  /**
   * The match is (or is not) written in capitals only while its sentence also has lower-case words:
   * a dateline ("WASHINGTON (AP) — …") or an acronym ("URI" is not the town of Uri). In a headline
   * set wholly in capitals it is no evidence, so `value: false` holds there.
   */
  z.strictObject({ type: z.literal('all-capitals'), value: z.boolean(), ...RuleScope }),
]);

/** Examples every entry carries; the test suite runs each through the real matcher. */
export const Examples = z.strictObject({
  /** Sentences in which this entry must be found. */
  match: z.array(z.string().min(3)).min(1),
  /** Sentences in which it must not be found (for context-ruled terms, the tricky negatives). */
  noMatch: z.array(z.string().min(3)).min(1),
});

/** Who uses a term or name and what it conveys, naming the party. */
export const Perspective = z.strictObject({
  /** A party id of this pack (`parties[].id`), or a free label such as "human-rights groups". */
  by: z.string().min(2),
  /** What using the word conveys from that side. */
  view: z.string().min(10),
});

const EntryBase = {
  id: Id,
  /** The "as of" date of this entry's note; the UI shows it. */
  asOf: IsoDate,
  sources: z.array(Source).min(1),
  examples: Examples,
  /**
   * `exact`: every capital letter of the pattern must be a capital in the text ("Turkey" never matches
   * "turkey"; "TURKEY" in a headline does); `any`: ignore case. Default: `exact` for actors and
   * places, `any` for terms.
   */
  matchCase: z.enum(['exact', 'any']).optional(),
  /** When two entries of a pack match overlapping text, the higher priority wins (default 0); equal priorities: the longer match wins. */
  priority: z.number().int().min(-10).max(10).optional(),
};

export const ActorType = z.enum(ACTOR_TYPES);

/** Facts about a news outlet or agency, for the "who publishes this" card. */
export const OutletFacts = z.strictObject({
  /** Domains the outlet publishes on, e.g. "trtworld.com" (subdomains match too). */
  domains: z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/)).min(1),
  country: z.string().min(2),
  ownership: z.string().min(10),
  funding: z.string().min(10),
});

export const ActorEntry = z.strictObject({
  kind: z.literal('actor'),
  ...EntryBase,
  /** Display name. */
  name: z.string().min(2),
  /** Patterns for the name, its variants and aliases ("Ilham Aliyev", "Aliyev", "President Aliyev"). */
  patterns: z.array(Pattern).min(1),
  actorType: ActorType,
  /** Role in this conflict, e.g. "President of Azerbaijan". */
  role: z.string().min(3),
  /** Party id this actor speaks for (`parties[].id`), or "third-party" for mediators, outside states and bodies. */
  side: z.string().min(2),
  /** One sentence on alignment in words, e.g. "Mediator; co-chair of the OSCE Minsk Group". */
  alignment: z.string().min(5),
  /** A neutral paragraph of context. */
  context: z.string().min(20).max(900),
  /**
   * Conditions on the text around a match, as for terms (see ContextRule): every rule must hold for the
   * name to count. For names with other senses: "Washington" (the Post, the state, Denzel), "Georgia"
   * (the US state). Surname-only mentions of a person found later are held to the same rules.
   */
  contextRules: z.array(ContextRule).optional(),
  /** Dates of office or existence where they matter. */
  tenure: z.strictObject({ from: IsoDate.optional(), to: IsoDate.optional(), note: z.string().optional() }).optional(),
  outlet: OutletFacts.optional(),
});

export const TermCategory = z.enum([
  'legal-status',
  'framing-verb',
  'loaded-label',
  'armed-actor-label',
  'euphemism',
  'dysphemism',
  'reporting-verb',
  'intensifier',
  'historical-claim',
  'other',
]);

export const TermEntry = z.strictObject({
  kind: z.literal('term'),
  ...EntryBase,
  /** Display label, e.g. "occupied / occupation". */
  label: z.string().min(2),
  category: TermCategory,
  patterns: z.array(Pattern).min(1),
  /** Every rule must hold for a match to count (see ContextRule). Empty or absent: the words alone. */
  context: z.array(ContextRule).optional(),
  /** Party ids whose framing this term is associated with (for the framing summary); empty when none. */
  alignsWith: z.array(z.string()).default([]),
  /** A short framing note: what the word does in a sentence. */
  note: z.string().min(20).max(700),
  perspectives: z.array(Perspective).min(1),
  /** Legal or historical grounding where it exists (resolutions, court opinions), in plain words. */
  grounding: z.string().min(10).max(700).optional(),
  /** One or more neutral alternatives. */
  alternatives: z.array(z.string().min(2)).min(1),
});

export const PlaceName = z.strictObject({
  /** Patterns for this name, e.g. "Khankendi", "Xankəndi". */
  patterns: z.array(Pattern).min(1),
  /** Display form of the name. */
  name: z.string().min(2),
  /** Party ids (or free labels) that use this name. */
  usedBy: z.array(z.string().min(2)).min(1),
  /** Party ids whose framing this name is associated with (for the summary); empty for neutral names. */
  alignsWith: z.array(z.string()).default([]),
});

export const PlaceEntry = z.strictObject({
  kind: z.literal('place'),
  ...EntryBase,
  /** A neutral way to name the place, e.g. "Stepanakert/Khankendi". */
  neutralName: z.string().min(2),
  names: z.array(PlaceName).min(1),
  context: z.string().min(20).max(900),
  /** Conditions on the text around a match of any of its names, as for actors ("Sana" the name vs the city). */
  contextRules: z.array(ContextRule).optional(),
});

export const Entry = z.discriminatedUnion('kind', [ActorEntry, TermEntry, PlaceEntry]);

/** A side in a conflict, named neutrally, e.g. { id: "azerbaijan", label: "Azerbaijani government and media" }. */
export const Party = z.strictObject({ id: Id, label: z.string().min(3) });

/** A dated key event with sources, so the UI can say what happened after an article's date. */
export const TimelineEvent = z.strictObject({
  date: IsoDate,
  event: z.string().min(10).max(400),
  sources: z.array(Source).min(1),
});

/** When a pack switches on for an article. */
export const Activation = z.union([
  /** Packs like `loaded-language` that apply to any article. */
  z.strictObject({ always: z.literal(true) }),
  z.strictObject({
    /** Words or names whose presence switches the pack on (actors' and places' own patterns do not count unless listed). */
    cues: z.array(Pattern).min(1),
    /** How many cue occurrences the article needs (default 2: one passing mention is not enough). */
    minHits: z.number().int().min(1).max(20).default(2),
  }),
]);

export const Pack = z.strictObject({
  schemaVersion: z.literal(PACK_SCHEMA_VERSION),
  id: Id,
  title: z.string().min(3),
  /** Semantic version of this pack's content. */
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  asOf: IsoDate,
  languages: z.array(z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/)).min(1),
  description: z.string().min(10),
  activation: Activation,
  parties: z.array(Party).default([]),
  entries: z.array(Entry).min(1),
  timeline: z.array(TimelineEvent).default([]),
});

export type Pattern = z.infer<typeof Pattern>;
export type Source = z.infer<typeof Source>;
export type ContextRule = z.infer<typeof ContextRule>;
export type Perspective = z.infer<typeof Perspective>;
export type ActorType = z.infer<typeof ActorType>;
export type ActorEntry = z.infer<typeof ActorEntry>;
export type TermCategory = z.infer<typeof TermCategory>;
export type TermEntry = z.infer<typeof TermEntry>;
export type PlaceEntry = z.infer<typeof PlaceEntry>;
export type PlaceName = z.infer<typeof PlaceName>;
export type Entry = z.infer<typeof Entry>;
export type Party = z.infer<typeof Party>;
export type TimelineEvent = z.infer<typeof TimelineEvent>;
export type Pack = z.infer<typeof Pack>;
/** A pack as written by hand, before defaults are applied. */
export type PackInput = z.input<typeof Pack>;
