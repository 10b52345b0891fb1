/** What the toolbar button shows for a tab: the finding count on the badge, the state in its tooltip. */
import { browser } from 'wxt/browser';
import english from '@/public/_locales/en/messages.json';
import type { TabState } from './messages';

/** Looks up a UI message by key with `$1`… substitutions (`browser.i18n.getMessage`'s shape). */
export type GetMessage = (key: string, subs?: string[]) => string;

const ENGLISH: Record<string, { message: string } | undefined> = english;

/**
 * The tooltip text for `key` in the reader's language through `browser.i18n`; the bundled English
 * message where that API is missing or has no answer (unit tests without a browser).
 */
export const browserMessage: GetMessage = (key, subs = []) => {
  try {
    const getMessage = browser.i18n.getMessage as (name: string, substitutions?: string[]) => string;
    const message = getMessage(key, subs);
    if (message) return message;
  } catch {
    // No i18n API here: fall back to English below.
  }
  return (ENGLISH[key]?.message ?? key).replace(/\$(\d)/g, (_m, n: string) => subs[Number(n) - 1] ?? '');
};

/** The badge cannot fit more than four characters. */
const MAX_BADGE_COUNT = 999;
/** Dark teal, readable with the default white badge text. */
export const BADGE_COLOR = '#0b6e69';

/** Badge text and tooltip of the toolbar button. */
export interface BadgeView {
  text: string;
  title: string;
}

/** The badge for a tab state; the text stays empty until there is something to count. */
export function badgeFor(state: TabState, message: GetMessage = browserMessage): BadgeView {
  switch (state.status) {
    case 'waiting':
      return { text: '', title: message('badgeTitle') };
    case 'off':
      return { text: '', title: message(state.reason === 'master-off' ? 'badgeMasterOff' : 'badgeSiteOff') };
    // No badge text: a failure stays quiet until the reader looks (the popup says what failed).
    case 'failed':
      return { text: '', title: message('badgeFailed') };
    case 'ready': {
      const { article, findingCount } = state;
      const text = findingCount === 0 ? '' : findingCount > MAX_BADGE_COUNT ? `${MAX_BADGE_COUNT}+` : String(findingCount);
      if (!article.detected && article.requested) {
        const key = findingCount === 1 ? 'badgeAnalysedOnRequest' : 'badgeAnalysedOnRequestPlural';
        return { text, title: message(key, [String(findingCount)]) };
      }
      if (!article.detected) return { text, title: message('badgeNoArticle') };
      const key = `${article.title ? 'badgeArticleTitled' : 'badgeArticle'}${findingCount === 1 ? '' : 'Plural'}`;
      return { text, title: message(key, [String(findingCount), article.title ?? '']) };
    }
  }
}

/** The toolbar calls the badge needs (`browser.action`, or a fake in tests). */
export interface BadgeApi {
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  setTitle(details: { tabId: number; title: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
}

/** Shows `state` on the toolbar button of `tabId`. */
export async function showBadge(api: BadgeApi, tabId: number, state: TabState): Promise<void> {
  const { text, title } = badgeFor(state);
  await Promise.all([
    api.setBadgeText({ tabId, text }),
    api.setTitle({ tabId, title }),
    api.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR }),
  ]);
}
