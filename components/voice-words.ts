/** A finding's voice in plain words, for cards and lists. */
import type { Finding } from '@/utils/core/analysis-schema';
import { t } from './i18n/t';

/** "in the outlet's own words", "quoting Azerbaijan's Defence Ministry", "reported speech of …", "in scare quotes". */
export function voiceInWords(finding: Pick<Finding, 'voice'>, speaker: string | null): string {
  switch (finding.voice) {
    case 'narrator':
      return t('voiceNarrator');
    case 'direct-quote':
      return speaker ? t('voiceQuoting', speaker) : t('voiceQuoteUnnamed');
    case 'reported':
      return speaker ? t('voiceReportedOf', speaker) : t('voiceReported');
    case 'scare-quote':
      return t('voiceScareQuote');
  }
}
