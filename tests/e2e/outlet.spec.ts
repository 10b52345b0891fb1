/**
 * The outlet card, on a page served under a real outlet's domain. No network is reachable here,
 * so Chromium's resolver maps that domain to the local fixture server for this spec only
 * (`--host-resolver-rules`); `http://*\/*` host permissions already cover any domain and port.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { OutletEntry } from '@/components/outlet';
import { Pack } from '@/utils/core/lexicon/schema';
import { expect, test } from './fixtures';
import { PopupPage } from './pages/popup';
import { Toolbar } from './pages/toolbar';

/** The outlet whose domain the demo is served under, as the outlets pack describes it. */
const OUTLET_ID = 'armenpress';

/** The outlet entry `id` from packs/outlets.json (parsed with the pack schema) and its first domain. */
function outletFromPack(id: string): { outlet: OutletEntry; domain: string } {
  const pack = Pack.parse(JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../packs/outlets.json'), 'utf8')));
  const entry = pack.entries.find((e) => e.id === id);
  const domain = entry?.kind === 'actor' ? entry.outlet?.domains[0] : undefined;
  if (entry?.kind !== 'actor' || entry.outlet === undefined || domain === undefined) throw new Error(`packs/outlets.json has no outlet "${id}"`);
  return { outlet: { ...entry, outlet: entry.outlet }, domain };
}

const { outlet, domain } = outletFromPack(OUTLET_ID);

// Only the resolver rule: Playwright already keeps http:// navigations on http (it disables
// `HttpsUpgrades`), and a second `--disable-features` would replace its list.
test.use({ chromiumArgs: [`--host-resolver-rules=MAP ${domain} 127.0.0.1`] });

test.describe('the outlet card', () => {
  test(`the popup shows who owns and funds ${domain}`, async ({ context, page, pages, sw, extensionId }) => {
    const url = pages.url('demo').replace('127.0.0.1', domain);
    await page.goto(url);
    const tabId = await new Toolbar(sw).tabIdOf(url);
    const popup = await new PopupPage(await context.newPage(), extensionId).open(tabId);

    await expect(popup.status).toHaveAttribute('data-status', 'article');
    await expect(popup.outletCard).toBeVisible();
    await expect(popup.outletCard.getByRole('heading')).toContainText(outlet.name);
    await expect(popup.outletCard).toContainText(outlet.outlet.country);
    await expect(popup.outletCard).toContainText(outlet.outlet.ownership);
    await expect(popup.outletCard).toContainText(outlet.outlet.funding);
  });

  test('no card on a domain the pack does not know', async ({ context, page, pages, sw, extensionId }) => {
    await page.goto(pages.url('demo'));
    const tabId = await new Toolbar(sw).tabIdOf(pages.url('demo'));
    const popup = await new PopupPage(await context.newPage(), extensionId).open(tabId);
    await expect(popup.status).toHaveAttribute('data-status', 'article');
    await expect(popup.outletCard).toHaveCount(0);
  });
});
