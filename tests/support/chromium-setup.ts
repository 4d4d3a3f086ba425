/** Vitest global setup: find (or unpack) Chromium once, before test workers would race to unpack it. */
import { chromiumPath } from './browser.ts';

export default async function setup(): Promise<void> {
  process.env.CHROMIUM_PATH = await chromiumPath();
}
