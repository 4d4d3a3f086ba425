/**
 * First screens as a reader meets them: after a search on a phone the first
 * result is on the first screen, and the longest report keeps a way back to
 * its contents wherever the reader has scrolled to, with JavaScript off.
 */
import { describe, expect, it } from 'vitest';
import { routes } from '../../src/lib/routes.ts';
import { listPages } from '../support/dist.ts';
import { useSiteAndBrowser } from '../support/site-session.ts';
import { templateOf, templateRepresentatives } from '../support/templates.ts';

const session = useSiteAndBrowser();
/** The report page with the most content: the longest way back to its contents. */
const longestReport = templateRepresentatives(listPages()).get(templateOf(routes.report('x')))!;

describe('first screens', () => {
  it.each(['dang vien', 'ket nap', '11.361'])('after searching “%s” at 360 px, the first answer starts within 600 px', async (query) => {
    const page = await session.browser.newPage({ viewport: { width: 360, height: 800 } });
    await page.goto(`${session.server.origin}${routes.search(query)}`);
    await page.locator('.search-results li:not([hidden])').first().waitFor();
    await page.waitForLoadState('networkidle');
    // The first answer: the named indicator's answer box when the query names one (it stands before the list), else the first listed result.
    const first = page.locator('[data-search-answer]:not([hidden]), .search-results li:not([hidden])').first();
    const top = await first.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    await page.close();
    expect(top).toBeLessThanOrEqual(600);
  });

  it.each([360, 1280])('the longest report at %i px keeps a way back to its contents at any depth, without JavaScript', async (width) => {
    const context = await session.browser.newContext({ viewport: { width, height: 800 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${session.server.origin}${longestReport}`);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    const missing: number[] = [];
    for (const depth of [0.25, 0.5, 0.75, 1]) {
      await page.evaluate((y) => window.scrollTo(0, y), Math.round(depth * height));
      // A link to the contents, or the contents themselves, drawn inside the screen and not covered.
      const reachable = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('a[href="#muc-luc"], .toc a[href^="#"]')].some((el) => {
          const r = el.getBoundingClientRect();
          if (r.width === 0 || r.bottom <= 0 || r.top >= innerHeight || r.right <= 0 || r.left >= innerWidth) return false;
          const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          return hit !== null && (hit === el || el.contains(hit));
        }),
      );
      if (!reachable) missing.push(depth);
    }
    await context.close();
    expect(missing, `${longestReport}: no way back to the contents at these depths (share of the page)`).toEqual([]);
  });
});
