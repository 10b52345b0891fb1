/** The settings page. */
import type { Locator, Page } from '@playwright/test';

export class OptionsPage {
  readonly masterSwitch: Locator;
  readonly disabledSites: Locator;

  constructor(
    readonly page: Page,
    private readonly extensionId: string,
  ) {
    this.masterSwitch = page.getByTestId('master-switch');
    this.disabledSites = page.getByTestId('disabled-sites');
  }

  async open(): Promise<this> {
    await this.page.goto(`chrome-extension://${this.extensionId}/options.html`);
    return this;
  }

  async toggleMaster(): Promise<void> {
    await this.masterSwitch.locator('xpath=..').click();
  }
}
