/**
 * A real finding card on the welcome page, built from a built-in pack entry, so readers see
 * what a click on a highlight gives them (and the accessibility check covers the card, which
 * it cannot reach inside the page's closed shadow root).
 */
import { useEffect, useState } from 'preact/hooks';
import type { Finding } from '@/utils/core/analysis-schema';
import { FindingCard } from '@/components/FindingCard';
import { indexPacks, lookupEntry, type PackIndex } from '@/components/entry-info';
import { t } from '@/components/i18n/t';
import { readBuiltinPacks } from '@/utils/ext/builtin-packs-file';

/** The example: "occupied" in the narration of an article about Karabakh. */
export const EXAMPLE: Finding = {
  kind: 'term',
  category: 'term',
  entryId: 'occupied',
  packId: 'karabakh',
  text: 'occupied',
  start: 0,
  end: 8,
  voice: 'narrator',
  speaker: null,
  speakerText: null,
  rule: 'term:occupied/next-phrase-is:place',
  reason: {
    pattern: 'occupied',
    conditions: ['the next phrase names a place of the Karabakh pack'],
    description: '"occupied" next to a place of the Karabakh pack',
  },
  alignsWith: ['azerbaijan'],
  sentence: { start: 0, end: 8 },
};

/** The example card, or nothing while the packs load or when the pack entry is not installed. */
export function ExampleCard() {
  const [note, setNote] = useState('');
  const [packs, setPacks] = useState<PackIndex>(new Map());
  useEffect(() => {
    // Without the packs file (a broken install) the page simply shows no example.
    readBuiltinPacks().then(
      (list) => setPacks(indexPacks(list)),
      () => undefined,
    );
  }, []);
  const { entry, pack } = lookupEntry(packs, EXAMPLE);
  if (entry === null) return null;
  return (
    <>
      <FindingCard
        finding={EXAMPLE}
        entry={entry}
        pack={pack}
        speaker={null}
        anchor={null}
        autoFocus={false}
        onClose={() => setNote(t('welcomeExampleClose'))}
        onMore={async () => {
          setNote(t('welcomeExampleMore'));
          return true;
        }}
        onMute={() => setNote(t('welcomeExampleMute'))}
        onReport={async () => {
          setNote(t('welcomeExampleReport'));
          return false;
        }}
      />
      <p class="hint" role="status">
        {note}
      </p>
    </>
  );
}
