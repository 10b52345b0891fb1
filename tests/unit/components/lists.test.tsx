import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { eventsSince } from '@/components/ContextCard';
import { FindingList } from '@/components/FindingList';
import { Legend } from '@/components/Legend';
import { SummaryChart } from '@/components/SummaryChart';
import { indexPacks } from '@/components/entry-info';
import { useComponentHost } from './i18n-setup';
import { ANALYSIS, FINDINGS, PACK } from './sample';

const getHost = useComponentHost();
let host: HTMLElement;
beforeEach(() => {
  host = getHost();
});
const packs = indexPacks([PACK]);

describe('FindingList', () => {
  it('groups contested terms, actors and sources quoted, with occurrences and their voice', () => {
    act(() => render(<FindingList findings={FINDINGS} packs={packs} published="2020-10-11" />, host));
    const terms = host.querySelector('[data-testid="group-term"]') as HTMLElement;
    expect(terms.textContent).toContain('Contested terms');
    expect(terms.textContent).toContain('occupied / occupation');
    expect(terms.textContent).toContain('2 occurrences');
    expect(terms.textContent).toContain("in the outlet's own words");
    expect(terms.textContent).toContain("quoting Azerbaijan's Defence Ministry");
    expect(host.querySelector('[data-testid="group-actor"]')?.textContent).toContain('1 occurrence');
    expect(host.querySelector('[data-testid="group-sources"]')?.textContent).toContain("Azerbaijan's Defence Ministry");
  });

  it('asks the page to show an occurrence when clicked', () => {
    const onShow = vi.fn();
    act(() => render(<FindingList findings={FINDINGS} packs={packs} published={null} onShow={onShow} />, host));
    act(() => (host.querySelector('[data-testid="occurrence"][data-index="1"]') as HTMLButtonElement).click());
    expect(onShow).toHaveBeenCalledWith(1);
  });

  it('filters by search text and by voice', () => {
    act(() => render(<FindingList findings={FINDINGS} packs={packs} published={null} />, host));
    const search = host.querySelector('[data-testid="finding-search"]') as HTMLInputElement;
    act(() => {
      search.value = 'ministry';
      search.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(host.querySelector('[data-testid="group-term"]')).toBeNull();
    expect(host.querySelector('[data-testid="group-actor"]')).not.toBeNull();
    act(() => {
      search.value = '';
      search.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const voice = host.querySelector('[data-testid="finding-voice-filter"]') as HTMLSelectElement;
    act(() => {
      voice.value = 'direct-quote';
      voice.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(host.querySelector('[data-testid="group-term"]')?.textContent).toContain('1 occurrence');
    expect(host.querySelector('[data-testid="group-actor"]')).toBeNull();
  });
});

describe('SummaryChart', () => {
  it('shows the summary sentence and each count as text', () => {
    act(() => render(<SummaryChart summary={ANALYSIS.summary} />, host));
    expect(host.querySelector('[data-testid="summary-text"]')?.textContent).toBe(ANALYSIS.summary.text);
    const voices = [...host.querySelectorAll('[data-testid="chart-voice"] li')].map((li) => li.textContent);
    expect(voices).toEqual(["Outlet's own words1", 'Direct quotes1', 'Reported speech0', 'Scare quotes0']);
    expect(host.querySelector('[data-testid="chart-side"]')?.textContent).toContain('Azerbaijani sources');
  });
});

describe('Legend', () => {
  it('names each category with its line style, so colour is not the only cue', () => {
    act(() => render(<Legend />, host));
    const rows = [...host.querySelectorAll('[data-testid="legend"] li')].map((li) => li.getAttribute('data-category'));
    expect(rows).toEqual(['term', 'actor', 'place', 'loaded']);
    expect(host.textContent).toContain('wavy underline');
    expect(host.textContent).toContain('dotted underline');
  });
});

describe('eventsSince', () => {
  it('keeps timeline events after the article date, oldest first', () => {
    expect(eventsSince(PACK.timeline, '2020-10-11T09:00:00Z').map((e) => e.date)).toEqual(['2020-11-10']);
    expect(eventsSince(PACK.timeline, null)).toEqual([]);
  });
});
