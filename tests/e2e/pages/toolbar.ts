/** The toolbar button as a reader sees it: badge text and tooltip, read from the extension. */
import type { Worker } from '@playwright/test';

declare const chrome: {
  action: {
    getBadgeText(details: { tabId: number }): Promise<string>;
    getTitle(details: { tabId: number }): Promise<string>;
  };
  tabs: { query(info: object): Promise<{ id?: number; url?: string }[]> };
};

export class Toolbar {
  constructor(private readonly sw: Worker) {}

  /** The id of the tab showing `url`. */
  async tabIdOf(url: string): Promise<number> {
    const id = await this.sw.evaluate(
      async (wanted) => (await chrome.tabs.query({})).find((tab) => tab.url === wanted)?.id,
      url,
    );
    if (id === undefined) throw new Error(`no tab shows ${url}`);
    return id;
  }

  /** The badge text and tooltip for a tab. */
  async badge(tabId: number): Promise<{ text: string; title: string }> {
    return this.sw.evaluate(
      async (id) => ({
        text: await chrome.action.getBadgeText({ tabId: id }),
        title: await chrome.action.getTitle({ tabId: id }),
      }),
      tabId,
    );
  }
}
