/**
 * One page per template (the one with the most content) and every report page,
 * in Chromium, the way readers meet them: nothing fails to load or reaches
 * another host, no serious accessibility violation (axe-core), nothing wider
 * than a 360 px phone, and screenshots at 360 and 1280 px in light and dark
 * for people to look at (test-artifacts/screenshots/); at 360 px no table wider than
 * the screen, a compact header and a report's first paragraph within 1.5 screens
 * (contents closed); at 1280 px a one-row header (contents open); citations in
 * the text font; at most two font files. Pages run side by side,
 * each in its own browser context. `npm run test:exhaustive` opens every page.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useSiteAndBrowser } from '../support/site-session.ts';
import { browserPath, screenshotName, templatePages } from '../support/templates.ts';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const SCREENSHOTS = join(process.cwd(), 'test-artifacts', 'screenshots');
const session = useSiteAndBrowser();
// Only this run's screenshots: a page or template that is gone must not leave an old picture to be looked at.
beforeAll(() => {
  rmSync(SCREENSHOTS, { recursive: true, force: true });
  mkdirSync(SCREENSHOTS, { recursive: true });
});

const pages = templatePages().map(browserPath);

/** Everything that went wrong while a page loaded: console errors, failed or foreign requests, HTTP errors. */
function watch(page: Page, origin: string, expectedStatus: number): string[] {
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !(expectedStatus === 404 && msg.text().includes('404'))) problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
  page.on('response', (response) => {
    if (response.status() >= 400 && response.status() !== expectedStatus) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('request', (request) => {
    if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) problems.push(`request to another host: ${request.url()}`);
  });
  return problems;
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    // @ts-expect-error axe is injected above
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return (result.violations as { id: string; impact: string; help: string; nodes: { target: string[] }[] }[])
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.impact} ${v.id}: ${v.help} (${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(', ')})`,
      );
  });
}

/** What a reader sees of a page's layout at the current width. */
function layout(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const header = document.querySelector('.site-header');
    const rowOf = (selector: string) => header?.querySelector(selector)?.getBoundingClientRect();
    const [brand, nav, search] = ['.brand', '.site-nav', '.site-search'].map(rowOf);
    return {
      overflow: document.documentElement.scrollWidth - width,
      wideTables: [...document.querySelectorAll('table')]
        .filter((t) => t.getBoundingClientRect().right > width + 1)
        .map((t) => t.querySelector('caption')?.textContent ?? t.className),
      headerHeight: header?.getBoundingClientRect().height ?? 0,
      // One row: the brand, the menu and the search box share a line (their vertical extents overlap).
      // Embeds have no site header; a page with a search box of its own has none in its header (two boxes repeat each
      // other and, on a phone, push the page down); any other header without one of the three fails.
      headerOneRow:
        !header ||
        (!!brand &&
          !!nav &&
          !!search !== !!document.querySelector('main [role="search"]') &&
          nav.top < brand.bottom &&
          brand.top < nav.bottom &&
          (!search || (search.top < brand.bottom && brand.top < search.bottom))),
      firstParagraphTop: document.querySelector('.report-text [id^="p-"]')?.getBoundingClientRect().top,
      // A closed <details> keeps its list in a skipped subtree: checkVisibility() says whether it is drawn.
      tocListShown: document.querySelector('.toc ol')?.checkVisibility(),
      monospaceCitations: [...document.querySelectorAll('.citation, .cite, .citations li')].filter((el) =>
        /monospace/.test(getComputedStyle(el).fontFamily),
      ).length,
    };
  });
}

describe('every template in Chromium', () => {
  it.concurrent.each(pages)('%s', async (path) => {
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const problems = watch(page, session.server.origin, path.startsWith('/khong-co-trang') ? 404 : 200);
    const fonts: string[] = [];
    page.on('request', (request) => request.resourceType() === 'font' && fonts.push(request.url()));
    await page.goto(`${session.server.origin}${path}`, { waitUntil: 'networkidle' });
    const violations = await axeViolations(page);
    const name = screenshotName(path);
    const wide = await layout(page);
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-1280-light.png`) });
    await page.setViewportSize({ width: 360, height: 800 });
    const narrow = await layout(page);
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-360-light.png`) });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-360-dark.png`) });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-1280-dark.png`) });
    await context.close();
    expect(problems, 'load problems').toEqual([]);
    expect(violations, 'axe: serious or critical').toEqual([]);
    expect(narrow.overflow, `wider than a 360 px screen by ${narrow.overflow} px`).toBeLessThanOrEqual(0);
    expect(narrow.wideTables, 'tables wider than a 360 px screen').toEqual([]);
    expect(wide.headerOneRow, 'one-row header at 1280 px').toBe(true);
    expect(narrow.headerHeight, 'header height at 360 px').toBeLessThanOrEqual(130);
    expect(wide.monospaceCitations + narrow.monospaceCitations, 'citations set in a monospace font').toBe(0);
    expect(fonts.length, `font files loaded: ${fonts.join(', ')}`).toBeLessThanOrEqual(2);
    if (narrow.firstParagraphTop !== undefined)
      expect(narrow.firstParagraphTop, 'first paragraph at 360 × 800').toBeLessThanOrEqual(1.5 * 800);
    if (wide.tocListShown !== undefined) {
      expect(narrow.tocListShown, 'contents closed at 360 px').toBe(false);
      expect(wide.tocListShown, 'contents open at 1280 px').toBe(true);
    }
  });
});
