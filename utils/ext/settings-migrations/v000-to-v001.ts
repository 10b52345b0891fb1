/**
 * v0 → v1. Version 0 is any settings object without a `version` field (what a build from before
 * settings were versioned would have written). v1 adds `version: 1` and keeps the fields it
 * knows; the field-by-field fallback in `settings.ts` repairs whatever else is wrong.
 * It is also the template for the next migration: copy it to `v001-to-v002.ts`.
 */
import type { Migration } from './migration';

export const v000ToV001: Migration = {
  from: 0,
  to: 1,
  example: {
    before: { enabled: false, disabledSites: ['news.example'] },
    after: { version: 1, enabled: false, disabledSites: ['news.example'] },
  },
  migrate: (old) => ({ ...old, version: 1 }),
};
