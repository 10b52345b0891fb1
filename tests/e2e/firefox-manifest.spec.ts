/**
 * The Firefox build's manifest, checked against the Chrome build's: the sidebar entry, the popup,
 * the background, the commands (shortcuts Firefox accepts, localised descriptions) and the context
 * menu's permission and title. tests/firefox/smoke.mjs then runs the sidebar, popup and context
 * menu in Firefox itself; docs/firefox.md lists what is verified and what is not.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { expect, test } from '@playwright/test';
import { OUTPUT_DIR } from '../../scripts/lib/output-dir.mjs';

const OUTPUT = OUTPUT_DIR;

const Command = z.object({ suggested_key: z.object({ default: z.string() }), description: z.string() });
const Manifest = z.object({
  manifest_version: z.literal(3),
  default_locale: z.string(),
  permissions: z.array(z.string()),
  host_permissions: z.array(z.string()),
  commands: z.record(z.string(), Command),
  action: z.object({ default_popup: z.string() }),
  background: z.object({ scripts: z.array(z.string()).optional(), service_worker: z.string().optional() }),
  sidebar_action: z.object({ default_panel: z.string(), default_title: z.string().optional(), open_at_install: z.boolean().optional() }).optional(),
  side_panel: z.object({ default_path: z.string() }).optional(),
  browser_specific_settings: z.object({ gecko: z.object({ id: z.string(), strict_min_version: z.string(), data_collection_permissions: z.object({ required: z.array(z.string()) }).optional() }) }).optional(),
});
type Manifest = z.infer<typeof Manifest>;

function readManifest(target: string): Manifest {
  const file = path.join(OUTPUT, target, 'manifest.json');
  if (!fs.existsSync(file)) throw new Error(`Run \`npm run build\` first (no ${file})`);
  return Manifest.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
}

const MESSAGES = z.record(z.string(), z.object({ message: z.string() }));
/** The English messages the Firefox build ships (what `__MSG_x__` and `i18n.getMessage` read). */
function messages(target: string): z.infer<typeof MESSAGES> {
  return MESSAGES.parse(JSON.parse(fs.readFileSync(path.join(OUTPUT, target, '_locales/en/messages.json'), 'utf8')));
}

/**
 * Firefox's shortcut grammar for `suggested_key` (MDN, manifest.json → commands): one or two
 * modifiers, the second of which may be Shift, then one key.
 */
const FIREFOX_SHORTCUT = /^(Alt|Ctrl|Command|MacCtrl)\+(Shift\+|Alt\+|Ctrl\+)?([A-Z0-9]|F[1-9]|F1[0-2]|Comma|Period|Home|End|PageUp|PageDown|Space|Insert|Delete|Up|Down|Left|Right)$/;

test.describe('the Firefox (firefox-mv3) manifest', () => {
  let firefox: Manifest;
  let chrome: Manifest;
  test.beforeAll(() => {
    firefox = readManifest('firefox-mv3');
    chrome = readManifest('chrome-mv3');
  });
  const built = (file: string): boolean => fs.existsSync(path.join(OUTPUT, 'firefox-mv3', file));

  test('has a sidebar_action on the same side-panel page Chrome uses, closed at install', () => {
    expect(firefox.sidebar_action?.default_panel).toBe(chrome.side_panel?.default_path);
    expect(built(firefox.sidebar_action?.default_panel ?? '')).toBe(true);
    expect(firefox.sidebar_action?.default_title).toBe('Framelens side panel');
    expect(firefox.sidebar_action?.open_at_install).toBe(false);
    // Chrome-only keys stay out (web-ext lint warns about them).
    expect(firefox.side_panel).toBeUndefined();
    expect(firefox.permissions).not.toContain('sidePanel');
    expect(chrome.sidebar_action).toBeUndefined();
  });

  test('has the toolbar popup and an event-page background (Firefox MV3 has no service worker)', () => {
    expect(firefox.action.default_popup).toBe('popup.html');
    expect(built('popup.html')).toBe(true);
    expect(firefox.background).toEqual({ scripts: ['background.js'] });
    expect(built('background.js')).toBe(true);
  });

  test('has the same commands as Chrome, with shortcuts Firefox accepts and English descriptions', () => {
    const { _execute_sidebar_action: _sidebar, ...shared } = firefox.commands;
    expect(shared).toEqual(chrome.commands);
    const english = messages('firefox-mv3');
    for (const [name, command] of Object.entries(firefox.commands)) {
      expect(command.suggested_key.default, name).toMatch(FIREFOX_SHORTCUT);
      const key = /^__MSG_(\w+)__$/.exec(command.description)?.[1];
      expect(key && english[key]?.message, `${name}: ${command.description}`).toBeTruthy();
    }
  });

  test('opens the sidebar with Alt+Shift+S, the shortcut the hover card suggests when Firefox refuses to open it', () => {
    // sidebarAction.open() needs a user action, and a card's message is not one (docs/firefox.md).
    expect(firefox.commands._execute_sidebar_action?.suggested_key.default).toBe('Alt+Shift+S');
    expect(chrome.commands._execute_sidebar_action).toBeUndefined();
    const shortcuts = Object.values(firefox.commands).map((c) => c.suggested_key.default);
    expect(new Set(shortcuts).size).toBe(shortcuts.length);
    expect(messages('firefox-mv3').sidePanelShortcutHint?.message).toContain('Alt+Shift+S');
  });

  test('asks for the context-menu permission, and the menu title it registers is translated', () => {
    expect(firefox.permissions).toEqual(expect.arrayContaining(['contextMenus', 'storage', 'activeTab']));
    // utils/ext/reader-actions.ts creates the menu with i18n.getMessage('menuExplain') on install;
    // tests/firefox/smoke.mjs finds it on a selection's context menu in Firefox and chooses it.
    expect(messages('firefox-mv3').menuExplain?.message).toBe('Explain with Framelens');
  });

  test('reads the same pages as Chrome and names itself for Firefox 140+', () => {
    expect(firefox.host_permissions).toEqual(chrome.host_permissions);
    expect(firefox.browser_specific_settings?.gecko).toEqual({ id: 'framelens@framelens.invalid', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } });
  });
});
