import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { FindingCard, placeCard, type FindingCardProps } from '@/components/FindingCard';
import { lookupEntry } from '@/components/entry-info';
import { buildReport } from '@/components/report-text';
import { useComponentHost } from './i18n-setup';
import { FINDINGS, HOSTILE, PACK } from './sample';

function props(overrides: Partial<FindingCardProps> = {}): FindingCardProps {
  const finding = FINDINGS[0]!;
  const { entry } = lookupEntry(new Map([[PACK.id, PACK]]), finding);
  return {
    finding,
    entry,
    pack: PACK,
    speaker: null,
    anchor: null,
    autoFocus: false,
    onClose: vi.fn(),
    onMore: vi.fn(),
    onMute: vi.fn(),
    onReport: vi.fn(async () => true),
    ...overrides,
  };
}

const getHost = useComponentHost();
let host: HTMLElement;
beforeEach(() => {
  host = getHost();
});

const show = (p: FindingCardProps): void => {
  act(() => render(<FindingCard {...p} />, host));
};
const byTestId = (id: string): HTMLElement => host.querySelector(`[data-testid="${id}"]`) as HTMLElement;

describe('FindingCard', () => {
  it('renders the term, its voice, the note, perspectives, grounding, alternatives, why, sources and date', () => {
    show(props());
    const dialog = byTestId('finding-card');
    expect(dialog.getAttribute('role')).toBe('dialog');
    expect(document.getElementById(dialog.getAttribute('aria-labelledby') ?? '')?.textContent).toContain('occupied');
    expect(byTestId('card-voice').textContent).toBe("in the outlet's own words");
    expect(byTestId('card-note').textContent).toContain('held by force');
    expect(byTestId('card-perspectives').textContent).toContain('Azerbaijani government and media:');
    expect(byTestId('card-grounding').textContent).toContain('resolutions of 1993');
    expect(byTestId('card-alternatives').textContent).toContain('Armenian-held');
    expect(byTestId('card-why').textContent).toContain('"occupied" next to a place of the Karabakh pack');
    expect(byTestId('card-why').textContent).toContain('the next phrase is a place of this pack');
    expect(byTestId('card-why').textContent).toContain('Pack: Nagorno-Karabakh conflict');
    const link = byTestId('card-sources').querySelector('a') as HTMLAnchorElement;
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(byTestId('card-asof').textContent).toBe('Note as of 2024-05-01');
  });

  it.each([
    ['direct-quote', "Azerbaijan's Defence Ministry", "quoting Azerbaijan's Defence Ministry"],
    ['direct-quote', null, 'in a direct quote (speaker not named)'],
    ['reported', 'the OSCE Minsk Group', 'reported speech of the OSCE Minsk Group'],
    ['scare-quote', null, 'in scare quotes'],
  ] as const)('says a %s by %s is "%s"', (voice, speaker, words) => {
    show(props({ finding: { ...FINDINGS[0]!, voice }, speaker }));
    expect(byTestId('card-voice').textContent).toBe(words);
  });

  it('escapes hostile page and pack strings', () => {
    const entry = { ...PACK.entries[0]!, note: `Note ${HOSTILE}`, alternatives: [HOSTILE] } as typeof PACK.entries[0];
    show(props({ finding: { ...FINDINGS[0]!, text: HOSTILE, reason: { pattern: HOSTILE, conditions: [HOSTILE], description: HOSTILE } }, entry, speaker: HOSTILE }));
    expect(host.querySelector('img, script')).toBeNull();
    expect(byTestId('card-term').textContent).toContain(HOSTILE);
    expect(byTestId('card-note').textContent).toContain(HOSTILE);
  });

  it('closes on Escape and on the close button', () => {
    const p = props();
    show(p);
    act(() => {
      byTestId('finding-card').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(p.onClose).toHaveBeenCalledTimes(1);
    act(() => (host.querySelector('.fl-close') as HTMLButtonElement).click());
    expect(p.onClose).toHaveBeenCalledTimes(2);
  });

  it('moves focus into the card only when asked', () => {
    show(props({ autoFocus: false }));
    expect(document.activeElement).toBe(document.body);
    show(props({ autoFocus: true }));
    expect(document.activeElement).toBe(host.querySelector('.fl-close'));
  });

  it('offers muting on this site or everywhere, and the side panel', () => {
    const p = props();
    show(p);
    act(() => byTestId('card-more').click());
    expect(p.onMore).toHaveBeenCalled();
    act(() => byTestId('card-mute').click());
    act(() => byTestId('card-mute-site').click());
    expect(p.onMute).toHaveBeenCalledWith('site');
    act(() => byTestId('card-mute-everywhere').click());
    expect(p.onMute).toHaveBeenCalledWith('everywhere');
  });

  it('says how to open the sidebar when the browser would not open it from the card', async () => {
    show(props({ onMore: vi.fn(async () => false) }));
    await act(async () => byTestId('card-more').click());
    expect(byTestId('card-status').textContent).toBe('Open the Framelens sidebar with Alt+Shift+S or the toolbar button');
  });

  it('shows no hint when the side panel opened', async () => {
    show(props({ onMore: vi.fn(async () => true) }));
    await act(async () => byTestId('card-more').click());
    expect(byTestId('card-status').textContent).toBe('');
  });

  it('says when the report was copied', async () => {
    show(props());
    await act(async () => byTestId('card-report').click());
    expect(byTestId('card-status').textContent).toContain('copied to the clipboard');
  });
});

describe('placeCard', () => {
  const viewport = { width: 1000, height: 800 };
  it('opens below the highlight when there is room', () => {
    expect(placeCard({ left: 100, top: 100, bottom: 120 }, viewport)).toEqual({ left: '100px', top: '128px', maxHeight: '560px' });
  });
  it('opens above the highlight near the bottom, and stays inside the viewport', () => {
    expect(placeCard({ left: 900, top: 700, bottom: 720 }, viewport)).toEqual({ left: '632px', bottom: '108px', maxHeight: '560px' });
  });
});

describe('buildReport', () => {
  it('holds the page URL, sentence, entry and rule', () => {
    const text = buildReport({
      pageUrl: 'https://example.org/a',
      sentence: 'Troops advanced in occupied Karabakh.',
      finding: FINDINGS[0]!,
      packTitle: PACK.title,
      version: '0.1.0',
    });
    expect(text).toContain('Page: https://example.org/a');
    expect(text).toContain('Sentence: "Troops advanced in occupied Karabakh."');
    expect(text).toContain('Entry: karabakh/occupied (Nagorno-Karabakh conflict)');
    expect(text).toContain('Rule: term:occupied/next-phrase-is:place');
  });
});
