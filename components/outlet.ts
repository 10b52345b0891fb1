/** Finding the outlet behind a page from the `outlets` pack's domains. */
import type { ActorEntry } from '@/utils/core/lexicon/schema';
import type { PackIndex } from './entry-info';

/** An outlet entry (an actor with outlet facts). */
export type OutletEntry = ActorEntry & { outlet: NonNullable<ActorEntry['outlet']> };

/** The outlet publishing at `hostname` (its domain or a subdomain of it), or null. */
export function findOutlet(packs: PackIndex, hostname: string): OutletEntry | null {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  for (const pack of packs.values()) {
    for (const entry of pack.entries) {
      if (entry.kind !== 'actor' || entry.outlet === undefined) continue;
      if (entry.outlet.domains.some((d) => host === d || host.endsWith(`.${d}`))) return entry as OutletEntry;
    }
  }
  return null;
}
