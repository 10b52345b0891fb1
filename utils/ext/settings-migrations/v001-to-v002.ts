/**
 * v1 → v2. Adds the reader's highlight choices: categories hidden everywhere and per site,
 * muted entries ("not contested here"), packs switched off, and the highlight appearance.
 * Fields v1 knew are kept as they were; new fields start at their defaults.
 */
import type { Migration } from './migration';

export const v001ToV002: Migration = {
  from: 1,
  to: 2,
  example: {
    before: { version: 1, enabled: true, disabledSites: ['news.example'] },
    after: {
      version: 2,
      enabled: true,
      disabledSites: ['news.example'],
      hiddenCategories: [],
      siteCategories: {},
      muted: { everywhere: [], sites: {} },
      disabledPacks: [],
      appearance: { tint: true, density: 'all' },
    },
  },
  migrate: (old) => ({
    hiddenCategories: [],
    siteCategories: {},
    muted: { everywhere: [], sites: {} },
    disabledPacks: [],
    appearance: { tint: true, density: 'all' },
    ...old,
    version: 2,
  }),
};
