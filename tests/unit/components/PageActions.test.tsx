import { render } from 'preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { PageActions } from '@/components/PageActions';
import type { TabState } from '@/utils/ext/messages';
import { installEnglish } from './i18n-setup';

beforeEach(installEnglish);

const article = { detected: false, title: 'Home', site: 'news.example', published: null, url: 'http://news.example/', requested: false };

/** The test ids of the buttons shown for `state`. */
function buttons(state: TabState | null): string[] {
  const root = document.createElement('div');
  render(<PageActions tabId={7} state={state} />, root);
  return Array.from(root.querySelectorAll('button')).map((b) => b.dataset.testid ?? '');
}

describe('PageActions (popup and side panel)', () => {
  it.each<[string, TabState | null, string[]]>([
    ['nothing heard yet', null, []],
    ['no article', { status: 'ready', article, findingCount: 0 }, ['analyze-anyway']],
    ['analysed on request already', { status: 'ready', article: { ...article, requested: true }, findingCount: 3 }, []],
    ['an article', { status: 'ready', article: { ...article, detected: true }, findingCount: 3 }, []],
    ['analysis failed', { status: 'failed', reason: 'storage is unavailable' }, ['retry-analysis']],
    ['switched off', { status: 'off', reason: 'site-off' }, []],
  ])('%s', (_name, state, expected) => {
    expect(buttons(state)).toEqual(expected);
  });
});
