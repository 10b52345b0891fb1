import { expect, test } from './fixtures';
import { OptionsPage } from './pages/options';

declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: { local: { get(key: string | null): Promise<Record<string, unknown>>; set(items: object): Promise<void> } };
};

test.describe('bad input never breaks Framelens', () => {
  test('the background answers a malformed message with an error, not a crash', async ({ context, extensionId }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    const replies = await page.evaluate(async () => [
      await chrome.runtime.sendMessage({ type: 'get-tab-state', tabId: 'seven' }),
      await chrome.runtime.sendMessage({ type: 'format-disk' }),
      await chrome.runtime.sendMessage({ type: 'get-tab-state', tabId: 1 }),
    ]);
    expect(replies).toEqual([
      { ok: false, error: 'malformed message' },
      { ok: false, error: 'malformed message' },
      { ok: true, value: { status: 'waiting' } },
    ]);
  });

  test('corrupt stored settings are backed up and repaired field by field', async ({ context, sw, extensionId }) => {
    await sw.evaluate(() => chrome.storage.local.set({ settings: { version: 1, enabled: 'maybe', disabledSites: ['a.example'] } }));
    const options = await new OptionsPage(await context.newPage(), extensionId).open();
    await expect(options.masterSwitch).toBeChecked();
    await expect(options.disabledSites).toContainText('a.example');
    const stored = await sw.evaluate(() => chrome.storage.local.get(null));
    // v1 settings are migrated to the current version; the bad field falls back, the others stay.
    expect(stored.settings).toMatchObject({ enabled: true, disabledSites: ['a.example'], hiddenCategories: [] });
    expect(stored['settings-backup']).toMatchObject({ value: { enabled: 'maybe' } });
  });
});
