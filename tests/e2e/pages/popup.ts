/** The toolbar popup, opened in a tab and pointed at another tab with `?tab=N`. */
import type { Locator, Page } from '@playwright/test';

export class PopupPage {
  readonly status: Locator;
  readonly title: Locator;
  readonly site: Locator;
  readonly count: Locator;
  readonly siteSwitch: Locator;
  readonly masterSwitch: Locator;
  readonly openSidePanel: Locator;

  constructor(
    readonly page: Page,
    private readonly extensionId: string,
  ) {
    this.status = page.getByTestId('article-status');
    this.title = page.getByTestId('article-title');
    this.site = page.getByTestId('article-site');
    this.count = page.getByTestId('finding-count');
    this.siteSwitch = page.getByTestId('site-switch');
    this.masterSwitch = page.getByTestId('master-switch');
    this.openSidePanel = page.getByTestId('open-side-panel');
  }

  /** Opens `popup.html?tab=<tabId>`. */
  async open(tabId: number, entry = 'popup'): Promise<this> {
    await this.page.goto(`chrome-extension://${this.extensionId}/${entry}.html?tab=${tabId}`);
    return this;
  }

  /** Flips the switch for the article's site (the checkbox is styled as a switch; click its label). */
  async toggleSite(): Promise<void> {
    await this.siteSwitch.locator('xpath=..').click();
  }
}
