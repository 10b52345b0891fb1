/**
 * The kinds of actor a pack can name, as a plain list: the pack schema (schema.ts) and the
 * analysis schema build their enums from it, so the analysis schema does not load the whole
 * pack schema (the page app validates analyses and never packs; issue 7, start-up time).
 */
export const ACTOR_TYPES = [
  'state',
  'government',
  'armed-force',
  'armed-group',
  'de-facto-authority',
  'international-body',
  'person',
  'media-outlet',
  'organisation',
] as const;
