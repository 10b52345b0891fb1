/** What the toolbar button shows for a tab: the finding count on the badge, the state in its tooltip. */
import type { TabState } from './messages';

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
export function badgeFor(state: TabState): BadgeView {
  switch (state.status) {
    case 'waiting':
      return { text: '', title: 'Framelens' };
    case 'off':
      return {
        text: '',
        title: state.reason === 'master-off' ? 'Framelens is switched off' : 'Framelens is off on this site',
      };
    case 'ready': {
      const { article, findingCount } = state;
      const text = findingCount === 0 ? '' : findingCount > MAX_BADGE_COUNT ? `${MAX_BADGE_COUNT}+` : String(findingCount);
      if (!article.detected) return { text, title: 'Framelens: no article on this page' };
      const noun = findingCount === 1 ? 'finding' : 'findings';
      const name = article.title ? `: ${article.title}` : '';
      return { text, title: `Framelens: article found${name} (${findingCount} ${noun})` };
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
