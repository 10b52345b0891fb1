/**
 * The shape of an analysis: what the CLI prints with --json and what the
 * extension passes between content script, popup and side panel.
 * Documented in docs/cli.md; a zod schema so every consumer can validate it.
 */
import { z } from 'zod';
import { ArticleMetadataSchema } from './article/metadata-schema';
import { ACTOR_TYPES } from './lexicon/actor-types';

export const Voice = z.enum(['narrator', 'direct-quote', 'reported', 'scare-quote']);

/** The category a reader toggles: loaded language is a term from an always-on pack like `loaded-language`. */
export const HighlightCategory = z.enum(['actor', 'term', 'place', 'loaded']);

/** Why a finding was flagged, in words a reader can check. */
export const MatchReason = z.object({
  /** The pattern that matched, as written in the pack. */
  pattern: z.string(),
  /** Each context condition that held, described in plain words. */
  conditions: z.array(z.string()),
  /** One-line summary, e.g. "\"occupied\" next to a place of the Karabakh pack". */
  description: z.string(),
});

export const Finding = z.object({
  kind: z.enum(['actor', 'term', 'place']),
  category: HighlightCategory,
  /** Entry id in its pack; unknown actors get "unknown:<slug>". */
  entryId: z.string(),
  /** null for unknown actors found from roles and speech verbs. */
  packId: z.string().nullable(),
  /** The text as it appears in the article: always article.text.slice(start, end). */
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  voice: Voice,
  /** Actor id when the speaker resolves to a known actor, else the name as written, else null. */
  speaker: z.string().nullable(),
  /** The speaker as written in the article, when there is one. */
  speakerText: z.string().nullable(),
  /** Human-readable rule id, e.g. "term:occupied/next-phrase-is:place". */
  rule: z.string(),
  reason: MatchReason,
  /** Party ids this usage aligns with (from the entry or the place name used). */
  alignsWith: z.array(z.string()),
  /** For actors: their type (or "unknown") and role as written. */
  actorType: z.union([z.enum(ACTOR_TYPES), z.literal('unknown')]).optional(),
  role: z.string().optional(),
  /** For places: the name used here, and who uses it. */
  placeName: z.object({ name: z.string(), usedBy: z.array(z.string()) }).optional(),
  /** The entry's sources, so a reader can check the note (empty for unknown actors). */
  sources: z.array(z.object({ title: z.string(), url: z.string() })).optional(),
  /** Offsets of the sentence holding the finding. */
  sentence: z.object({ start: z.number().int(), end: z.number().int() }),
});

/** The article: the detector's yes/no and reason, its metadata fields (without their sources), and the text. */
export const ArticleInfo = z.object({
  detected: z.boolean(),
  reason: z.string(),
  ...ArticleMetadataSchema.omit({ sources: true }).shape,
  text: z.string(),
});

export const PartyCount = z.object({ party: z.string(), label: z.string(), count: z.number().int() });

export const FramingSummary = z.object({
  /** Contested terms (not actors) by voice. */
  termsByVoice: z.record(Voice, z.number().int()),
  /** Narrator-voice terms and place names by the party whose framing they align with. */
  narratorAlignment: z.array(PartyCount),
  /** Competing place names the narrator uses. */
  narratorPlaceNames: z.array(z.object({ placeId: z.string(), name: z.string(), usedBy: z.array(z.string()), count: z.number().int() })),
  /** Quoted and reported statements by the speaker's side ("third-party", "unknown" included). */
  statementsBySide: z.array(PartyCount),
  /** Packs that switched on for this article. */
  activePacks: z.array(z.string()),
  /** A plain-language statement of what was counted, never a verdict. */
  text: z.string(),
});

/** A quoted or reported passage: what the speakers say, as opposed to the narration. */
export const Statement = z.object({
  voice: z.enum(['direct-quote', 'scare-quote', 'reported']),
  /** The words inside the quotation marks, or the clause a speech verb governs: article.text.slice(start, end). */
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Actor id when resolved, else the speaker as written, else null (scare quotes). */
  speaker: z.string().nullable(),
  speakerText: z.string().nullable(),
  /** The speaker's side: a party id, "third-party", "unknown", or null without a speaker. */
  side: z.string().nullable(),
});

export const Analysis = z.object({
  /** Version of this output shape. */
  formatVersion: z.literal(1),
  article: ArticleInfo,
  findings: z.array(Finding),
  /** Quotes and reported speech with their speakers (optional for producers that do not track them). */
  statements: z.array(Statement).optional(),
  summary: FramingSummary,
});

export type Voice = z.infer<typeof Voice>;
export type HighlightCategory = z.infer<typeof HighlightCategory>;
export type MatchReason = z.infer<typeof MatchReason>;
export type Finding = z.infer<typeof Finding>;
export type ArticleInfo = z.infer<typeof ArticleInfo>;
export type FramingSummary = z.infer<typeof FramingSummary>;
export type Statement = z.infer<typeof Statement>;
export type Analysis = z.infer<typeof Analysis>;
