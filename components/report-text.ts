/**
 * The "Report a false highlight" text: everything a pack maintainer needs, ready to paste
 * into an issue or an e-mail. Framelens never sends it anywhere itself.
 */
import type { Finding } from '@/utils/core/analysis-schema';

/** What a report is built from. */
export interface ReportInput {
  pageUrl: string;
  sentence: string;
  finding: Pick<Finding, 'text' | 'entryId' | 'packId' | 'rule' | 'voice' | 'reason'>;
  packTitle: string | null;
  /** The version of Framelens, so maintainers know which build flagged it. */
  version: string;
}

/** A plain-text report, one fact per line. */
export function buildReport(input: ReportInput): string {
  const { finding } = input;
  return [
    'Framelens: possible false highlight',
    '',
    `Page: ${input.pageUrl}`,
    `Highlighted: "${finding.text}" (voice: ${finding.voice})`,
    `Sentence: "${input.sentence}"`,
    `Entry: ${finding.packId ?? 'none'}/${finding.entryId}${input.packTitle ? ` (${input.packTitle})` : ''}`,
    `Rule: ${finding.rule}`,
    `Why: ${finding.reason.description}`,
    ...finding.reason.conditions.map((c) => `  - ${c}`),
    `Framelens version: ${input.version}`,
    '',
    'What is wrong with this highlight:',
    '',
  ].join('\n');
}
