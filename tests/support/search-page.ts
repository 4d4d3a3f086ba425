/** Driving /tim-kiem/ in Chromium: shared by the search tests and by `npm run bench` (ranks). */
import type { Page } from 'playwright-core';
import type { SearchCase } from './search-cases.ts';

export interface SearchResult {
  href: string;
  kind: string;
  meta: string;
  text: string;
}

/** Open the search page with a query (and filters) in the URL and read the results shown. */
export async function searchResults(
  page: Page,
  origin: string,
  query: string,
  filters: Record<string, string> = {},
): Promise<SearchResult[]> {
  const params = new URLSearchParams({ q: query, ...filters });
  await page.goto(`${origin}/tim-kiem/?${params}`);
  await page.waitForFunction(() => /kết quả|Không tìm thấy/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
  return page.$$eval('.search-results li', (items) =>
    items.map((li) => ({
      href: li.querySelector('h2 a')!.getAttribute('href')!,
      kind: li.querySelector('.kind')!.textContent!,
      meta: li.querySelector('.result-meta')!.textContent!,
      text: li.textContent!,
    })),
  );
}

/** Whether a result is what a case expects (its URL prefixes and kind). */
export function matchesCase(searchCase: SearchCase, result: SearchResult): boolean {
  const prefixes = searchCase.url === undefined ? [] : [searchCase.url].flat();
  return (!prefixes.length || prefixes.some((p) => result.href.startsWith(p))) && (!searchCase.kind || result.kind === searchCase.kind);
}

/** 1-based position of the first expected result, or undefined when it is not on the first page. */
export function expectedRank(searchCase: SearchCase, results: SearchResult[]): number | undefined {
  const index = results.findIndex((r) => matchesCase(searchCase, r));
  return index < 0 ? undefined : index + 1;
}
