/**
 * The background's per-tab memory: what each tab's content script last reported. Chrome stops
 * an idle MV3 service worker after about 30 s, so every state is also written to
 * `storage.session` (kept while the browser runs, never on disk) and read back after a restart.
 */
import type { Browser } from 'wxt/browser';
import { TabStateSchema, type ArticleSummary, type OffReason, type TabState } from './messages';

const WAITING: TabState = { status: 'waiting' };

/** The session-storage calls tab states need. */
export type SessionArea = Pick<Browser.storage.StorageArea, 'get' | 'set' | 'remove'>;

const keyOf = (tabId: number): string => `tab:${tabId}`;

/** A map from tab id to its state; tabs never heard from are `waiting`. */
export class TabStates {
  readonly #states = new Map<number, TabState>();
  readonly #session: SessionArea | null;

  /** `session` is `browser.storage.session` in the background, `null` in tests that need no restart. */
  constructor(session: SessionArea | null = null) {
    this.#session = session;
  }

  /** The state of `tabId`, from memory or, after a service-worker restart, from the session. */
  async get(tabId: number): Promise<TabState> {
    const known = this.#states.get(tabId);
    if (known || !this.#session) return known ?? WAITING;
    const stored = TabStateSchema.safeParse((await this.#session.get(keyOf(tabId)))[keyOf(tabId)]);
    return stored.success ? stored.data : WAITING;
  }

  /** Records a content-script report and returns the new state. */
  reportArticle(tabId: number, article: ArticleSummary, findingCount: number): Promise<TabState> {
    return this.#set(tabId, { status: 'ready', article, findingCount });
  }

  /** Records that Framelens is switched off in this tab. */
  reportOff(tabId: number, reason: OffReason): Promise<TabState> {
    return this.#set(tabId, { status: 'off', reason });
  }

  /** Records that analysis failed in this tab, and why. */
  reportFailed(tabId: number, reason: string): Promise<TabState> {
    return this.#set(tabId, { status: 'failed', reason });
  }

  /** Forgets the last report (the tab started loading another page). */
  reset(tabId: number): Promise<TabState> {
    return this.#set(tabId, WAITING);
  }

  /** Drops a closed tab. */
  async remove(tabId: number): Promise<void> {
    this.#states.delete(tabId);
    await this.#session?.remove(keyOf(tabId));
  }

  async #set(tabId: number, state: TabState): Promise<TabState> {
    this.#states.set(tabId, state);
    await this.#session?.set({ [keyOf(tabId)]: state });
    return state;
  }
}
