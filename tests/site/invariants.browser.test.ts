/**
 * What must hold on any page, checked the way a reader meets the page, at 360
 * and 1280 px: one page per template and every report (every page under
 * BCM_EXHAUSTIVE=1). Nothing marked `hidden` is drawn, also after a table
 * filter hides rows; a table's header cells stand over their columns, and a
 * table is a table from 40rem; nothing is clipped or pushed past the main
 * column; targets are at least 24 × 24 px (links in running text excepted).
 *
 * And each template looks as approved: its page at both widths, scaled down,
 * is compared with the images in tests/site/screens/. A visible change fails
 * until someone looks at the new images (test-artifacts/screens/, with the
 * changed pixels in red beside them) and approves them with
 * `npm run approve-screens`, which writes them into tests/site/screens/.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseFilterArea, findings, type Findings } from '../support/invariants.ts';
import { compareScreens, pageScreen } from '../support/screens.ts';
import { useSiteAndBrowser } from '../support/site-session.ts';
import { browserPath, screenshotName, templatePages, templateRepresentatives } from '../support/templates.ts';

const APPROVED = join(process.cwd(), 'tests', 'site', 'screens');
const CURRENT = join(process.cwd(), 'test-artifacts', 'screens');
const approving = process.env.BCM_APPROVE_SCREENS === '1';
const WIDTHS = [360, 1280] as const;

const session = useSiteAndBrowser();
let imagePage: Page;
beforeAll(async () => {
  rmSync(CURRENT, { recursive: true, force: true });
  mkdirSync(CURRENT, { recursive: true });
  if (approving) {
    rmSync(APPROVED, { recursive: true, force: true });
    mkdirSync(APPROVED, { recursive: true });
  }
  imagePage = await session.browser.newPage();
});
afterAll(() => imagePage?.close());

const screenOf = new Map([...templateRepresentatives()].map(([template, path]) => [path, screenshotName(template)]));
const pages = templatePages();
const screenFiles = [...screenOf.values()].flatMap((name) => WIDTHS.map((width) => `${name}-${width}.png`));

/** Compares (or, approving, writes) one template's screen; returns what differs. */
async function checkScreen(page: Page, file: string): Promise<string | undefined> {
  const screen = await pageScreen(page, imagePage);
  writeFileSync(join(CURRENT, file), screen);
  if (approving) {
    writeFileSync(join(APPROVED, file), screen);
    return undefined;
  }
  if (!existsSync(join(APPROVED, file))) return `${file}: no approved image`;
  const { difference, diff } = await compareScreens(imagePage, readFileSync(join(APPROVED, file)), screen);
  if (diff) writeFileSync(join(CURRENT, file.replace(/\.png$/, '-diff.png')), diff);
  return difference && `${file}: ${difference}`;
}

const empty: Findings = { hiddenRendered: [], misalignedTables: [], cardTablesWide: [], clipped: [], smallTargets: [] };

describe('what holds on any page, at 360 and 1280 px', () => {
  it.concurrent.each(pages)('%s', async (path) => {
    const context = await session.browser.newContext({ viewport: { width: WIDTHS[0], height: 800 } });
    const page = await context.newPage();
    await page.goto(`${session.server.origin}${browserPath(path)}`, { waitUntil: 'networkidle' });
    // A page still filling in (the search page marks its results aria-busy) is not yet what a reader sees.
    await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
    const found: Record<string, Findings> = {};
    const screens: string[] = [];
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      const name = screenOf.get(path);
      if (name) {
        const difference = await checkScreen(page, `${name}-${width}.png`);
        if (difference) screens.push(difference);
      }
      found[width] = await findings(page);
    }
    // A reader filters a table (by area): the rows left out must go.
    const filtered = await chooseFilterArea(page);
    const afterFilter: Record<string, string[]> = {};
    if (filtered !== undefined)
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 800 });
        afterFilter[width] = (await findings(page)).hiddenRendered;
      }
    await context.close();
    writeFileSync(join(CURRENT, `${screenshotName(browserPath(path))}.json`), JSON.stringify({ found, filtered, afterFilter }, null, 1));
    for (const width of WIDTHS) {
      const f = found[width] ?? empty;
      expect(f.hiddenRendered, `hidden but drawn at ${width} px`).toEqual([]);
      expect(afterFilter[width] ?? [], `after filtering (${filtered}), hidden rows drawn at ${width} px`).toEqual([]);
      expect(f.misalignedTables, `table headers not over their columns at ${width} px`).toEqual([]);
      expect(f.cardTablesWide, `tables as cards at ${width} px`).toEqual([]);
      expect(f.clipped, `clipped or past the main column at ${width} px`).toEqual([]);
      expect(f.smallTargets, `targets under 24 × 24 px at ${width} px`).toEqual([]);
    }
    expect(screens, 'differs from the approved screenshot: look at test-artifacts/screens/, then npm run approve-screens').toEqual([]);
  });

  it.skipIf(approving)('keeps an approved screenshot only for templates the site has', () => {
    const kept = existsSync(APPROVED) ? readdirSync(APPROVED).filter((f) => f.endsWith('.png')) : [];
    expect(kept.filter((f) => !screenFiles.includes(f)).sort(), 'approved images of no current template').toEqual([]);
  });
});
