import { render } from 'preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { ArticleStatus, analysedOnRequest } from '@/components/ArticleStatus';
import type { TabState } from '@/utils/ext/messages';
import { installEnglish } from './i18n-setup';

beforeEach(installEnglish);

const article = {
  detected: true,
  title: 'Shelling tests Karabakh truce hours after Moscow deal',
  site: 'The Meridian Post',
  published: 'not a date',
  url: 'http://127.0.0.1/demo/',
  requested: false,
};

function shown(state: TabState | null): string {
  const root = document.createElement('div');
  render(<ArticleStatus state={state} />, root);
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
    const state: TabState = {
      status: 'ready',
      article: { ...article, detected: false, title: 'Desk glossary', requested: true },
      findingCount: 4,
    };
    expect(shown(state)).toBe('Analysed on request — not detected as an articleDesk glossaryThe Meridian Post · not a date4 highlights');
  });
});

describe('analysedOnRequest', () => {
  const ready = (detected: boolean, requested: boolean): TabState => ({
    status: 'ready',
    article: { ...article, detected, requested },
    findingCount: 0,
  });

  it.each<[string, TabState | null, boolean]>([
    ['requested on a page without an article', ready(false, true), true],
    ['not detected, not requested', ready(false, false), false],
    ['a detected article (the flag adds nothing)', ready(true, true), false],
    ['no report yet', null, false],
    ['switched off', { status: 'off', reason: 'site-off' }, false],
  ])('%s', (_name, state, expected) => {
    expect(analysedOnRequest(state)).toBe(expected);
  });

  it('shows the no-article status when the flag is not set', () => {
    expect(shown(ready(false, false))).toContain('No article on this page');
  });
});
