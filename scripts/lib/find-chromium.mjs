// Finds a Chromium that honours --load-extension: CHROMIUM_PATH first, then the usual Linux paths.
// Branded Google Chrome 137+ ignores --load-extension, so it is deliberately not searched for.
import fs from 'node:fs';

/** Paths tried after CHROMIUM_PATH, the real Debian binary first (the wrapper adds noise). */
export const CHROMIUM_CANDIDATES = [
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
];

/** The Chromium to use, or null when none is installed. */
export function findChromium(env = process.env) {
  if (env.CHROMIUM_PATH) return fs.existsSync(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null;
  return CHROMIUM_CANDIDATES.find((candidate) => fs.existsSync(candidate)) ?? null;
}

/** What to tell a reader who has no Chromium. */
export const INSTALL_HINT = `No Chromium found. Install one, or point CHROMIUM_PATH at it:
  Debian/Ubuntu:  sudo apt-get install chromium        (Ubuntu: sudo snap install chromium)
  Fedora:         sudo dnf install chromium
  Arch:           sudo pacman -S chromium
  macOS:          brew install --cask chromium, then
                  CHROMIUM_PATH="/Applications/Chromium.app/Contents/MacOS/Chromium"
Tried: CHROMIUM_PATH, ${CHROMIUM_CANDIDATES.join(', ')}.
Branded Google Chrome 137 and later ignores --load-extension, so it cannot run the demo; use Chromium.`;

/**
 * Command-line flags that load the unpacked extension at `extensionDir` (the command-line form of
 * chrome://extensions → "Load unpacked") in a quiet, offline profile.
 */
export function extensionArgs(extensionDir) {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox', // root in CI containers
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
  ];
}
