import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { ArticleStatus } from '@/components/ArticleStatus';
import type { TabState } from '@/utils/ext/messages';

const article = {
  detected: true,
  title: 'Shelling tests Karabakh truce hours after Moscow deal',
  site: 'The Meridian Post',
  published: 'not a date',
  url: 'http://127.0.0.1/demo/',
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
});
