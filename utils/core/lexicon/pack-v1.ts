/**
 * schemaVersion 1: the first draft of the pack format, kept so packs written for it
 * still load. It had separate `actors`, `terms` and `places` arrays instead of one
 * `entries` list with a `kind`, activation as top-level `cues`/`minHits`/`alwaysOn`,
 * an actor's type under `type`, and no example sentences.
 */
import { z } from 'zod';
import { ActorType, ContextRule, IsoDate, Pattern, Perspective, Source, TermCategory } from './schema';

const Id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

const Common = {
  id: Id,
  asOf: IsoDate.optional(),
  sources: z.array(Source).min(1),
  matchCase: z.enum(['exact', 'any']).optional(),
  priority: z.number().int().min(-10).max(10).optional(),
};

export const ActorV1 = z.strictObject({
  ...Common,
  name: z.string().min(2),
  patterns: z.array(Pattern).min(1),
  type: ActorType,
  role: z.string().min(3),
  side: z.string().min(2),
  alignment: z.string().min(5).optional(),
  context: z.string().min(20).max(900),
});

export const TermV1 = z.strictObject({
  ...Common,
  label: z.string().min(2),
  category: TermCategory,
  patterns: z.array(Pattern).min(1),
  context: z.array(ContextRule).optional(),
  alignsWith: z.array(z.string()).optional(),
  note: z.string().min(20).max(700),
  perspectives: z.array(Perspective).min(1),
  grounding: z.string().min(10).max(700).optional(),
  alternatives: z.array(z.string().min(2)).min(1),
});

export const PlaceV1 = z.strictObject({
  ...Common,
  neutralName: z.string().min(2),
  names: z.array(z.strictObject({ name: z.string().min(2), patterns: z.array(Pattern).min(1), usedBy: z.array(z.string().min(2)).min(1) })).min(1),
  context: z.string().min(20).max(900),
});

export const PackV1 = z.strictObject({
  schemaVersion: z.literal(1),
  id: Id,
  title: z.string().min(3),
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  asOf: IsoDate,
  languages: z.array(z.string()).min(1),
  description: z.string().min(10),
  alwaysOn: z.boolean().optional(),
  cues: z.array(Pattern).optional(),
  minHits: z.number().int().min(1).max(20).optional(),
  parties: z.array(z.strictObject({ id: Id, label: z.string().min(3) })).optional(),
  actors: z.array(ActorV1).default([]),
  terms: z.array(TermV1).default([]),
  places: z.array(PlaceV1).default([]),
});

export type PackV1 = z.infer<typeof PackV1>;
