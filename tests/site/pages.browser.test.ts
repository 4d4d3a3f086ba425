import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { listPages } from '../support/dist.ts';
import { useSiteAndBrowser } from '../support/site-session.ts';

const session = useSiteAndBrowser();

/** Open a page and collect everything that went wrong while it loaded. */
async function openAndWatch(path: string): Promise<{ page: Page; problems: string[] }> {
  const page = await session.browser.newPage();
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('request', (request) => {
    if (!request.url().startsWith(session.server.origin) && !request.url().startsWith('data:')) problems.push(`request to another host: ${request.url()}`);
  });
  await page.goto(`${session.server.origin}${path}`, { waitUntil: 'networkidle' });
  return { page, problems };
}

describe('every page in Chromium', () => {
  const pages = listPages();
  it('builds the expected pages', () => {
    expect(pages).toEqual(expect.arrayContaining(['/', '/bao-cao/', '/gioi-thieu/', '/dia-ban/nam-tu-liem/', '/dia-ban/dong-da/', '/dia-ban/long-bien/', '/dia-ban/duc-giang/']));
    expect(pages.filter((p) => p.startsWith('/bao-cao/') && p !== '/bao-cao/')).toHaveLength(5);
  });

  it.each(pages)('%s loads with no console error and no failed request', async (path) => {
    const { page, problems } = await openAndWatch(path);
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    expect(await page.locator('h1').count()).toBe(1);
    await page.close();
    expect(problems).toEqual([]);
  });
});

describe('report page', () => {
  const path = '/bao-cao/nam-tu-liem-giua-nhiem-ky-2023/';

  it('follows a footnote to its text and back to the marker', async () => {
    const { page, problems } = await openAndWatch(path);
    await page.click('a#fnref-6');
    expect(new URL(page.url()).hash).toBe('#fn-6');
    await expect(page.locator('#fn-6').textContent()).resolves.toContain('21/25 tổ chức đảng');
    expect(await page.locator('#fn-6').evaluate((el) => el.matches(':target'))).toBe(true);
    await page.click('#fn-6 a[href="#fnref-6"]');
    expect(new URL(page.url()).hash).toBe('#fnref-6');
    expect(await page.locator('#fnref-6').isVisible()).toBe(true);
    await page.close();
    expect(problems).toEqual([]);
  });

  it('has a visible permalink on every paragraph and highlights the linked one', async () => {
    const { page } = await openAndWatch(`${path}#p-12`);
    const paragraphs = page.locator('.report-text [id^="p-"]');
    const count = await paragraphs.count();
    expect(count).toBeGreaterThan(100);
    expect(await page.locator('.report-text [id^="p-"] > a.permalink, .report-text [id^="p-"] a.permalink').count()).toBeGreaterThanOrEqual(count);
    const background = await page.locator('#p-12').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    await page.close();
  });

  it('runs no JavaScript and offers the original text for download', async () => {
    const { page } = await openAndWatch(path);
    expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
    const href = await page.locator('a[download]').getAttribute('href');
    const response = await page.request.get(`${session.server.origin}${href}`);
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain('Số 274/BC/QU');
    expect(await page.locator('.cite blockquote').textContent()).toContain('/bao-cao/nam-tu-liem-giua-nhiem-ky-2023/');
    await page.close();
  });

  it('reads on a phone without sideways scrolling', async () => {
    const page = await session.browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${session.server.origin}${path}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });
});
