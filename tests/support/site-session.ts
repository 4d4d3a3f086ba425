/**
 * One served dist/ and one Chromium per test file: registers the hooks and
 * returns live handles (filled in before the tests run).
 */
import type { Browser } from 'playwright-core';
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
