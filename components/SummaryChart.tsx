/**
 * The framing summary as a compact bar chart (plain HTML and CSS): contested terms by voice,
 * the narration's terms by the party whose framing they align with, and quoted or reported
 * statements by side. Each bar carries its number in text, so the chart reads without colour
 * or sight; the summary sentence from the core comes first.
 */
import { Voice, type FramingSummary } from '@/utils/core/analysis-schema';
import { t } from './i18n/t';

const VOICES = Voice.options;
const VOICE_LABEL_KEYS: Record<Voice, string> = {
  narrator: 'voiceLabelNarrator',
  'direct-quote': 'voiceLabelDirectQuote',
  reported: 'voiceLabelReported',
  'scare-quote': 'voiceLabelScareQuote',
};

/** A voice's short name ("Outlet's own words"). */
export const voiceLabel = (voice: Voice): string => t(VOICE_LABEL_KEYS[voice]);

interface Bar {
  key: string;
  label: string;
  count: number;
}

function Bars({ title, bars, testId }: { title: string; bars: readonly Bar[]; testId: string }) {
  const max = Math.max(1, ...bars.map((b) => b.count));
  return (
    <figure class="fl-bars" data-testid={testId}>
      <figcaption>{title}</figcaption>
      {bars.length === 0 ? (
        <p class="fl-muted">{t('chartNone')}</p>
      ) : (
        <ul>
          {bars.map((b) => (
            <li key={b.key} data-key={b.key}>
              <span class="fl-bar-label" title={b.label}>
                {b.label}
              </span>
              <span class="fl-bar-track" aria-hidden="true">
                <span class={`fl-bar fl-bar-${b.key}`} style={{ width: `${(b.count / max) * 100}%` }} />
              </span>
              <span class="fl-bar-value">{b.count}</span>
            </li>
          ))}
        </ul>
      )}
    </figure>
  );
}

/** The summary sentence and three small bar charts. */
export function SummaryChart({ summary, showText = true }: { summary: FramingSummary; showText?: boolean }) {
  const byVoice = VOICES.map((v) => ({ key: v, label: voiceLabel(v), count: summary.termsByVoice[v] ?? 0 }));
  const byParty = summary.narratorAlignment.map((p) => ({ key: `party-${p.party}`, label: p.label, count: p.count }));
  const bySide = summary.statementsBySide.map((p) => ({ key: `side-${p.party}`, label: p.label, count: p.count }));
  return (
    <div class="fl-summary" data-testid="summary">
      {showText ? (
        <p class="fl-summary-text" data-testid="summary-text">
          {summary.text}
        </p>
      ) : null}
      <Bars title={t('chartByVoice')} bars={byVoice} testId="chart-voice" />
      <Bars title={t('chartByParty')} bars={byParty} testId="chart-party" />
      <Bars title={t('chartBySide')} bars={bySide} testId="chart-side" />
    </div>
  );
}
