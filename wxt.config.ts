import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { lexiconAssets } from './scripts/lexicon-assets';
import { BUILTIN_LEXICON_PATH, BUILTIN_PACKS_PATH } from './utils/ext/lexicon-assets';

// See docs/security.md for why each permission is needed.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // FRAMELENS_OUT_DIR lets two checkouts build side by side (scripts/lib/output-dir.mjs reads the same).
  outDir: process.env.FRAMELENS_OUT_DIR ?? '.output',
  imports: false, // explicit imports everywhere: the core also runs in vitest and the Node CLI
  manifest: ({ browser }) => ({
    name: 'Framelens',
    description:
      'See who frames the news: highlights actors and contested terms, whose voice they are in, with neutral, sourced context.',
    // UI strings live in public/_locales/<lang>/messages.json (English complete).
    default_locale: 'en',
    permissions: ['storage', 'activeTab', 'contextMenus', 'scripting', ...(browser === 'chrome' ? ['sidePanel'] : [])],
    // The same keys work in the page without these (utils/page/keyboard.ts); commands let readers rebind them.
    commands: {
      'toggle-highlights': { suggested_key: { default: 'Alt+Shift+H' }, description: '__MSG_commandToggle__' },
      'next-finding': { suggested_key: { default: 'Alt+Shift+N' }, description: '__MSG_commandNext__' },
      'previous-finding': { suggested_key: { default: 'Alt+Shift+P' }, description: '__MSG_commandPrevious__' },
      // Firefox opens its sidebar only on a user action, and a card's message is not one; this
      // shortcut is, and the card suggests it when the background's open fails (docs/firefox.md).
      ...(browser === 'firefox'
        ? { _execute_sidebar_action: { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_commandSidebar__' } }
        : {}),
    },
    host_permissions: ['http://*/*', 'https://*/*'],
    // The first stage (entrypoints/first-stage.ts) is an unlisted script, not a WXT content script, so it
    // runs without WXT's wrapper and the polyfill on every page (docs/architecture.md "Content script").
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], run_at: 'document_idle', js: ['first-stage.js'] }],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'framelens@framelens.invalid',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on (web-ext lint).
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  vite: () => ({ plugins: [preact()] }),
  // packs/*.json are validated and compiled here, at build time (an invalid pack fails the build);
  // the background reads the output (utils/ext/analysis-service.ts), so no page compiles or validates packs.
  hooks: {
    'prepare:publicPaths': (_wxt, paths) => {
      paths.push(BUILTIN_LEXICON_PATH.slice(1), BUILTIN_PACKS_PATH.slice(1));
    },
    'build:publicAssets': (_wxt, files) => {
      files.push(...lexiconAssets());
    },
  },
});
