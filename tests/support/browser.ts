/**
 * Chromium for the browser tests and the bench, on any machine: a system
 * Chromium or Chrome when there is one (CHROMIUM_PATH first), otherwise the
 * Chromium that ships inside the @sparticuz/chromium npm package, so a fresh
 * machine needs nothing but `npm install`. playwright-core drives it; browser
 * downloads (`npx playwright install`) are not possible here.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Where machines keep a browser, in the order we prefer them. */
const SYSTEM_CHROMIUM = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
];

/**
 * Flags for a headless browser on a machine with a closed network: without the
 * background-networking ones Chromium keeps trying Google's hosts. Our own list,
 * not @sparticuz's (which turns off web security and site isolation, and would
 * hide CSP and cross-origin problems the tests exist to catch).
 */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--font-render-hinting=none',
];

let resolved: Promise<string> | undefined;

/** The browser executable: CHROMIUM_PATH, a system browser, or the npm package's (unpacked once into the temp directory). */
export function chromiumPath(): Promise<string> {
  resolved ??= (async () => {
    const fromEnv = process.env.CHROMIUM_PATH;
    if (fromEnv) {
      if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist.`);
      return fromEnv;
    }
    const system = SYSTEM_CHROMIUM.find((path) => existsSync(path));
    if (system) return system;
    try {
      const { default: packaged } = await import('@sparticuz/chromium');
      return await packaged.executablePath();
    } catch (error) {
      throw new Error(
        `No Chromium: none at ${SYSTEM_CHROMIUM.join(', ')}, and @sparticuz/chromium could not be unpacked (${(error as Error).message}). Run npm install, or set CHROMIUM_PATH.`,
        { cause: error },
      );
    }
  })();
  return resolved;
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: await chromiumPath(), args: CHROMIUM_FLAGS });
}
