/**
 * One served dist/ and one Chromium per test file: registers the hooks and
 * returns live handles (filled in before the tests run).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser.ts';
import { assertBuilt } from './dist.ts';
import { serveDist, type RunningServer } from './static-server.ts';

export function useSiteAndBrowser(): { server: RunningServer; browser: Browser } {
  const session = {} as { server: RunningServer; browser: Browser };
  beforeAll(async () => {
    assertBuilt();
    session.server = await serveDist();
    session.browser = await launchChromium();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}

/**
 * A page of the served site in a context of its own that may use the clipboard,
 * as a reader's browser lets the site do after a click; `clipboard()` reads it.
 * Close the context when done.
 */
export async function openWithClipboard(
  session: { server: RunningServer; browser: Browser },
  path: string,
): Promise<{ context: BrowserContext; page: Page; clipboard: () => Promise<string> }> {
  const context = await session.browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.server.origin });
  const page = await context.newPage();
  await page.goto(`${session.server.origin}${path}`);
  return { context, page, clipboard: () => page.evaluate(() => navigator.clipboard.readText()) };
}
