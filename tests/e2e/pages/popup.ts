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
  readonly analyzeAnyway: Locator;
  readonly summary: Locator;
  readonly outletCard: Locator;

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
    this.analyzeAnyway = page.getByTestId('analyze-anyway');
    this.summary = page.getByTestId('summary');
    this.outletCard = page.getByTestId('outlet-card');
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
