/**
 * Finds a Chromium (or Chrome) binary for the demo and the end-to-end tests:
 * `CHROME_PATH` first, then the usual install paths. Node-only.
 */
import { existsSync } from 'node:fs';

/** Install paths tried in order after CHROME_PATH. The real binary comes before Debian's wrapper script. */
export const CHROMIUM_CANDIDATES = [
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/lib/chromium-browser/chromium-browser',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** The message printed when no browser is found. */
export const CHROMIUM_MISSING =
  'Chromium not found: install it with `sudo apt-get install chromium` or set CHROME_PATH to a Chromium/Chrome binary.';

/** Path of the browser to use, or null when none is installed. */
export function findChromium(env: NodeJS.ProcessEnv = process.env, exists: (p: string) => boolean = existsSync): string | null {
  const given = env.CHROME_PATH?.trim();
  if (given) return exists(given) ? given : null;
  return CHROMIUM_CANDIDATES.find((p) => exists(p)) ?? null;
}

/** Like `findChromium`, but prints a clear message and exits with status 1 when none is found. */
export function requireChromium(): string {
  const path = findChromium();
  if (!path) {
    console.error(CHROMIUM_MISSING);
    process.exit(1);
  }
  return path;
}
