import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { cases, NTL } from '../support/search-cases.ts';
import { matchesCase, searchResults, type SearchResult } from '../support/search-page.ts';
import { useSiteAndBrowser } from '../support/site-session.ts';

const session = useSiteAndBrowser();
let page: Page;
beforeAll(async () => {
  page = await session.browser.newPage();
});

const search = (query: string, filters: Record<string, string> = {}) => searchResults(page, session.server.origin, query, filters);

describe('search query table', () => {
  it('has at least 40 cases', () => expect(cases.length).toBeGreaterThanOrEqual(40));

  it.each(cases)('$q $filters', async (searchCase) => {
    const { q, filters, top = 20, all } = searchCase;
    const results = await search(q, filters);
    expect(results.length, `no result for “${q}”`).toBeGreaterThan(0);
    const hit = (r: SearchResult) => matchesCase(searchCase, r);
    if (all) {
      const checked = searchCase.kinds ? results.filter((r) => searchCase.kinds!.includes(r.kind)) : results;
      expect(checked.length, 'results of the kinds checked').toBeGreaterThan(0);
      expect(checked.filter((r) => !hit(r)).map((r) => r.href)).toEqual([]);
    } else
      expect(
        results.slice(0, top).some(hit),
        `expected ${[searchCase.url ?? ''].flat().join(' or ')} ${searchCase.kind ?? ''} in top ${top}: ${results
          .slice(0, top)
          .map((r) => `${r.kind} ${r.href}`)
          .join(', ')}`,
      ).toBe(true);
  });
});

describe('search behaviour', () => {
  it('finds the same passages with and without diacritics, in any case', async () => {
    // The order differs by design (exact diacritics first), so compare what is found, not the first page.
    const found = async (q: string) => {
      await search(q);
      return (await page.textContent('[data-search-status]'))!.match(/^[\d.]+/)![0];
    };
    const plain = await found('dang vien');
    expect(Number(plain.replace(/\./g, ''))).toBeGreaterThan(20);
    for (const q of ['DANG VIEN', 'Đảng viên', 'đảng viên']) expect(await found(q), q).toBe(plain);
  });

  it('ranks results with the exact diacritics typed first', async () => {
    const results = await search('đảng viên');
    expect(results[0]!.text.toLowerCase()).toContain('đảng viên');
  });

  it('keeps the query in the URL: shareable, and the back button returns to the previous search', async () => {
    await search('duc giang');
    await page.fill('[data-search-form] input[name="q"]', 'long bien');
    await page.press('[data-search-form] input[name="q"]', 'Enter');
    await page.waitForURL(/q=long\+bien/);
    await page.goBack();
    await page.waitForURL(/q=duc\+giang/);
    await expect.poll(() => page.inputValue('[data-search-form] input[name="q"]')).toBe('duc giang');
  });

  it('opens from the search box in the header of any page, with the keyboard', async () => {
    await page.goto(`${session.server.origin}/bao-cao/`);
    await page.focus('#o-tim-kiem');
    await page.keyboard.type('11361');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/tim-kiem\/\?q=11361/);
    await page.waitForFunction(() => /kết quả/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    expect(await page.locator('.search-results li').count()).toBeGreaterThan(0);
  });

  it('lands a figure result on its paragraph, highlighted', async () => {
    const results = await search('11.361');
    const figure = results.find((r) => r.kind === 'Số liệu')!;
    await page.goto(`${session.server.origin}${figure.href}`);
    const anchor = new URL(figure.href, session.server.origin).hash.slice(1);
    expect(
      await page
        .locator(`[id="${anchor}"]`)
        .evaluate((el) => el.matches(':target') && getComputedStyle(el).backgroundColor !== 'rgba(0, 0, 0, 0)'),
    ).toBe(true);
    expect(await page.locator(`[id="${anchor}"]`).textContent()).toContain('11.361');
  });

  it('does not load search code on other pages', async () => {
    const requests: string[] = [];
    const other = await session.browser.newPage();
    other.on('request', (r) => requests.push(r.url()));
    await other.goto(`${session.server.origin}${NTL}`, { waitUntil: 'networkidle' });
    await other.close();
    // The index and its engine load only where search is used (pages.test.ts checks every page's scripts in Node).
    expect(requests.filter((url) => url.includes('/pagefind/'))).toEqual([]);
  });
});
