/** Driving /tim-kiem/ in Chromium: shared by the search tests and by `npm run bench` (ranks). */
import type { Page } from 'playwright-core';
import { figureAnchor } from '../../src/lib/routes.ts';
import type { SearchCase } from './search-cases.ts';

export interface SearchResult {
  href: string;
  kind: string;
  title: string;
  meta: string;
  excerpt: string;
  text: string;
}

export interface SearchView {
  results: SearchResult[];
  status: string;
}

/** Wait until the page shows the results of the search in its address, every result's data loaded. */
async function settled(page: Page): Promise<SearchView> {
  await page.waitForFunction(
    () =>
      document.querySelector('[data-search-results]')?.getAttribute('aria-busy') === 'false' &&
      /kết quả|Không tìm thấy|Nhập từ khóa/.test(document.querySelector('[data-search-status]')?.textContent ?? ''),
  );
  return page.evaluate(() => ({
    status: document.querySelector('[data-search-status]')!.textContent!,
    results: [...document.querySelectorAll<HTMLLIElement>('.search-results li:not([hidden])')].map((li) => ({
      href: li.querySelector('h2 a')!.getAttribute('href')!,
      title: li.querySelector('h2')!.textContent!,
      kind: li.querySelector('.kind')!.textContent!,
      meta: li.querySelector('.result-meta')!.textContent!,
      excerpt: li.querySelector('.excerpt')!.textContent!,
      text: li.textContent!,
    })),
  }));
}

/**
 * Show a search in the page: the first time by opening /tim-kiem/ with it,
 * then through the page's own handling of its address (history and popstate,
 * as the back button does), so a table of queries runs in one page load.
 */
export async function showSearch(page: Page, origin: string, params: Record<string, string | string[]>): Promise<SearchView> {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) for (const v of [value].flat()) query.append(name, v);
  const path = `/tim-kiem/?${query}`;
  if (!page.url().startsWith(`${origin}/tim-kiem/`)) await page.goto(`${origin}${path}`);
  else
    await page.evaluate((address) => {
      history.pushState(null, '', address);
      dispatchEvent(new PopStateEvent('popstate'));
    }, path);
  return settled(page);
}

/** The results shown for a query (and filters). */
export async function searchResults(
  page: Page,
  origin: string,
  query: string,
  filters: Record<string, string> = {},
): Promise<SearchResult[]> {
  return (await showSearch(page, origin, { q: query, ...filters })).results;
}

/** Whether a result is what a case expects (its figure, URL prefixes and kind). */
export function matchesCase(searchCase: SearchCase, result: SearchResult): boolean {
  const prefixes = searchCase.url === undefined ? [] : [searchCase.url].flat();
  const figures = searchCase.figure === undefined ? [] : [searchCase.figure].flat();
  return (
    (!prefixes.length || prefixes.some((p) => result.href.startsWith(p))) &&
    (!figures.length || figures.some((id) => result.href.endsWith(`#${figureAnchor(id)}`))) &&
    (!searchCase.kind || result.kind === searchCase.kind)
  );
}

/** 1-based position of the first expected result, or undefined when it is not on the first page. */
export function expectedRank(searchCase: SearchCase, results: SearchResult[]): number | undefined {
  const index = results.findIndex((r) => matchesCase(searchCase, r));
  return index < 0 ? undefined : index + 1;
}
