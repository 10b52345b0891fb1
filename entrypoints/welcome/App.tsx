import { Fragment } from 'preact';
import { Brand } from '@/components/Brand';
import { Legend } from '@/components/Legend';
import { t } from '@/components/i18n/t';
import { ExampleCard } from './ExampleCard';

const VOICES = [
  ['voiceLabelNarrator', 'welcomeVoiceNarrator'],
  ['voiceLabelDirectQuote', 'welcomeVoiceQuote'],
  ['voiceLabelReported', 'welcomeVoiceReported'],
  ['voiceLabelScareQuote', 'welcomeVoiceScare'],
] as const;

/** Key combinations (as the browser shows them) and what they do; Esc is named in the reader's language. */
const shortcuts = (): [string, string][] => [
  ['Alt+Shift+H', 'welcomeKeyToggle'],
  ['Alt+Shift+N', 'welcomeKeyNext'],
  ['Alt+Shift+P', 'welcomeKeyPrevious'],
  [t('keyEsc'), 'welcomeKeyClose'],
];

/** The first-run page: the highlight styles, what "voice" means, and the stance behind the notes. */
export function App() {
  return (
    <main class="welcome">
      <Brand heading={false} />
      <h1>{t('welcomeTitle')}</h1>
      <p class="lead">{t('welcomeLead')}</p>

      <h2>{t('welcomeHighlights')}</h2>
      <Legend />

      <h2>{t('welcomeVoiceTitle')}</h2>
      <p>{t('welcomeVoiceIntro')}</p>
      <dl data-testid="welcome-voices">
        {VOICES.map(([label, text]) => (
          <Fragment key={label}>
            <dt>{t(label)}</dt>
            <dd>{t(text)}</dd>
          </Fragment>
        ))}
      </dl>

      <h2>{t('welcomeStanceTitle')}</h2>
      <p class="stance" data-testid="welcome-stance">
        {t('welcomeStance')}
      </p>

      <h2>{t('welcomeExampleTitle')}</h2>
      <p>{t('welcomeExampleIntro')}</p>
      <div class="example">
        <ExampleCard />
      </div>

      <h2>{t('welcomeKeysTitle')}</h2>
      <dl>
        {shortcuts().map(([keys, text]) => (
          <Fragment key={keys}>
            <dt>
              <kbd>{keys}</kbd>
            </dt>
            <dd>{t(text)}</dd>
          </Fragment>
        ))}
      </dl>

      <h2>{t('welcomePrivacyTitle')}</h2>
      <p>{t('welcomePrivacy')}</p>
    </main>
  );
}
