import { render } from 'preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { ArticleStatus, analysedOnRequest } from '@/components/ArticleStatus';
import type { PageAnalysis, TabState } from '@/utils/ext/messages';
import { installEnglish } from './i18n-setup';
import { ANALYSIS } from './sample';

beforeEach(installEnglish);

const article = {
  detected: true,
  title: 'Shelling tests Karabakh truce hours after Moscow deal',
  site: 'The Meridian Post',
  published: 'not a date',
  url: 'http://127.0.0.1/demo/',
};

function shown(state: TabState | null, requested = false): string {
  const root = document.createElement('div');
  render(<ArticleStatus state={state} requested={requested} />, root);
  return root.textContent ?? '';
}

describe('ArticleStatus', () => {
  it.each<[string, TabState | null, string]>([
    ['nothing heard yet', null, 'Waiting for the page…'],
    ['site off', { status: 'off', reason: 'site-off' }, 'Off on this site'],
    ['master off', { status: 'off', reason: 'master-off' }, 'Framelens is switched off'],
    ['no article', { status: 'ready', article: { ...article, detected: false }, findingCount: 0 }, 'No article on this page'],
    [
      'an article',
      { status: 'ready', article, findingCount: 3 },
      'Article foundShelling tests Karabakh truce hours after Moscow dealThe Meridian Post · not a date3 highlights',
    ],
    [
      'an article without metadata',
      { status: 'ready', article: { ...article, title: null, site: null, published: null }, findingCount: 1 },
      'Article foundUntitled articleUnknown outlet1 highlight',
    ],
  ])('%s', (_name, state, text) => {
    expect(shown(state)).toContain(text);
  });

  it('says a page the reader asked to analyse was not detected as an article', () => {
    const state: TabState = { status: 'ready', article: { ...article, detected: false, title: 'Desk glossary' }, findingCount: 4 };
    expect(shown(state, true)).toBe('Analysed on request — not detected as an articleDesk glossaryThe Meridian Post · not a date4 highlights');
  });
});

describe('analysedOnRequest', () => {
  const ready = (detected: boolean): TabState => ({ status: 'ready', article: { ...article, detected }, findingCount: 0 });
  const page = (paintedMs: number | null): PageAnalysis => ({ analysis: ANALYSIS, paintedMs, highlightsShown: true });

  it.each<[string, TabState | null, PageAnalysis | null, boolean]>([
    ['painted although not detected', ready(false), page(12), true],
    ['not detected, nothing painted', ready(false), page(null), false],
    ['a detected article', ready(true), page(12), false],
    ['no analysis yet', ready(false), null, false],
    ['switched off', { status: 'off', reason: 'site-off' }, page(12), false],
  ])('%s', (_name, state, p, expected) => {
    expect(analysedOnRequest(state, p)).toBe(expected);
  });
});
