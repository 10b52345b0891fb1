/** Grouping findings for lists: by category, then by entry, in order of first appearance. */
import type { Finding, HighlightCategory, Voice } from '@/utils/core/analysis-schema';
import type { Entry } from '@/utils/core/lexicon/schema';
import { entryTitle, lookupEntry, speakerName, type PackIndex, type PackInfo } from './entry-info';

/** One entry and where it occurs. */
export interface EntryGroup {
  key: string;
  title: string;
  entry: Entry | null;
  pack: PackInfo | null;
  /** Indexes into the analysis' findings. */
  occurrences: number[];
}

/** Group order in lists: what readers look for first. */
export const GROUP_ORDER: readonly HighlightCategory[] = ['term', 'loaded', 'actor', 'place'];

/** What a reader filters by. */
export interface FindingFilter {
  voice: Voice | 'all';
  /** Case-insensitive text matched against the finding and its entry's title. */
  query: string;
}

/** Whether a finding passes the filter. */
export function matchesFilter(finding: Finding, title: string, filter: FindingFilter): boolean {
  if (filter.voice !== 'all' && finding.voice !== filter.voice) return false;
  const q = filter.query.trim().toLowerCase();
  return q === '' || finding.text.toLowerCase().includes(q) || title.toLowerCase().includes(q);
}

/** Findings grouped by category, then entry; groups without a passing finding are left out. */
export function groupFindings(
  findings: readonly Finding[],
  packs: PackIndex,
  filter: FindingFilter,
): Map<HighlightCategory, EntryGroup[]> {
  const byCategory = new Map<HighlightCategory, Map<string, EntryGroup>>();
  findings.forEach((finding, index) => {
    const { entry, pack } = lookupEntry(packs, finding);
    const title = entry ? entryTitle(entry) : finding.text;
    if (!matchesFilter(finding, title, filter)) return;
    const groups = byCategory.get(finding.category) ?? new Map<string, EntryGroup>();
    byCategory.set(finding.category, groups);
    const key = `${finding.packId ?? 'unknown'}/${finding.entryId}`;
    const group = groups.get(key) ?? { key, title, entry, pack, occurrences: [] };
    group.occurrences.push(index);
    groups.set(key, group);
  });
  const out = new Map<HighlightCategory, EntryGroup[]>();
  for (const category of GROUP_ORDER) {
    const groups = byCategory.get(category);
    if (groups) out.set(category, [...groups.values()]);
  }
  return out;
}

/** Quoted and reported findings grouped by speaker ("sources quoted"). */
export function groupBySpeaker(findings: readonly Finding[], packs: PackIndex): { speaker: string; occurrences: number[] }[] {
  const bySpeaker = new Map<string, number[]>();
  findings.forEach((finding, index) => {
    if (finding.voice !== 'direct-quote' && finding.voice !== 'reported') return;
    const name = speakerName(packs, finding);
    if (name === null) return;
    bySpeaker.set(name, [...(bySpeaker.get(name) ?? []), index]);
  });
  return [...bySpeaker].map(([speaker, occurrences]) => ({ speaker, occurrences }));
}
