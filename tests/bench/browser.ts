/** Browser measurements for the bench: where search ranks the expected results, and Lighthouse scores (latency: search-latency.ts). */
import { launch as launchChrome } from 'chrome-launcher';
import type { Page } from 'playwright-core';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, chromiumPath, launchChromium } from '../support/browser.ts';
import { cases, classCases, figureCases, type ClassCase, type SearchClass } from '../support/search-cases.ts';
import { expectedRank, searchResults, showSearch } from '../support/search-page.ts';
import type { RunningServer } from '../support/static-server.ts';
import { sum } from './measure.ts';

/** Where each case of the query table finds its expected result (1 = first), worst first. */
export async function searchRanks(server: RunningServer): Promise<{ query: string; expected: string; rank: number | null; wanted: number }[]> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const ranks = [];
    // Filter cases are checked on every result, not on a rank: they have no place here. Figures must be in the first three.
    for (const searchCase of [...figureCases.map((c) => ({ ...c, top: 3 })), ...cases.filter((c) => !c.all)]) {
      const results = await searchResults(page, server.origin, searchCase.q, searchCase.filters);
      ranks.push({
        query: `${searchCase.q}${searchCase.filters ? ` ${JSON.stringify(searchCase.filters)}` : ''}`,
        expected: [[searchCase.figure ?? searchCase.url ?? ''].flat().join(' or '), searchCase.kind ?? ''].filter(Boolean).join(' · '),
        rank: expectedRank(searchCase, results) ?? null,
        wanted: searchCase.top ?? 20,
      });
    }
    return ranks.sort((a, b) => (b.rank ?? 99) / b.wanted - (a.rank ?? 99) / a.wanted);
  } finally {
    await browser.close();
  }
}

/** Whether a class case is met: its figure in the first three, and what the first screen must say said. */
export async function classCaseMet(page: Page, origin: string, searchCase: ClassCase): Promise<{ rank: number | null; said: boolean }> {
  const view = await showSearch(page, origin, { q: searchCase.q, ...searchCase.filters });
  const firstScreen = await page.evaluate(() => document.querySelector('main')?.textContent ?? '');
  return { rank: expectedRank(searchCase, view.results) ?? null, said: !searchCase.says || searchCase.says.test(`${view.status} ${firstScreen}`) };
}

/** Per class of issue 22's questions: how many cases find the expected figure in the first three (and say what they must). */
export async function classRanks(server: RunningServer): Promise<{ byClass: Record<SearchClass, { met: number; cases: number }>; missed: string[] }> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const byClass = {} as Record<SearchClass, { met: number; cases: number }>;
    const missed: string[] = [];
    for (const searchCase of classCases) {
      const { rank, said } = await classCaseMet(page, server.origin, searchCase);
      const tally = (byClass[searchCase.class] ??= { met: 0, cases: 0 });
      tally.cases++;
      if (rank !== null && rank <= 3 && said) tally.met++;
      else missed.push(`${searchCase.class}: ${searchCase.q} (rank ${rank ?? '—'}${said ? '' : ', does not say so'})`);
    }
    return { byClass, missed };
  } finally {
    await browser.close();
  }
}

/** What a first view of a page transfers in Chromium, compressed as the server sends it: bytes in all, and the font files among them. */
export async function pageTransfer(server: RunningServer, path: string): Promise<{ kilobytes: number; requests: number; fontFiles: number; fontKilobytes: number }> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
    const finished: Promise<{ bytes: number; font: boolean }>[] = [];
    page.on('requestfinished', (request) =>
      finished.push(request.sizes().then((sizes) => ({ bytes: sizes.responseBodySize + sizes.responseHeadersSize, font: request.resourceType() === 'font' }))),
    );
    await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle' });
    const sizes = await Promise.all(finished);
    const kb = (bytes: number) => Number((bytes / 1024).toFixed(1));
    const fonts = sizes.filter((s) => s.font);
    return { kilobytes: kb(sum(sizes.map((s) => s.bytes))), requests: sizes.length, fontFiles: fonts.length, fontKilobytes: kb(sum(fonts.map((s) => s.bytes))) };
  } finally {
    await browser.close();
  }
}

/**
 * Lighthouse (mobile preset): category scores 0–100 and the largest contentful
 * paint in milliseconds, from the median of `runs` runs by LCP. One run is not
 * enough: the simulated LCP counts a request as render-blocking when it happened
 * to finish before the observed first paint, so on the same page it jumps by
 * 300 ms between runs (measured: 1051 and 1355 ms).
 */
export async function lighthouseScores(url: string, runs = 3): Promise<{ scores: Record<string, number>; lcpMs: number; lcpRunsMs: number[] }> {
  const results: { scores: Record<string, number>; lcpMs: number }[] = [];
  for (let run = 0; run < runs; run++) results.push(await lighthouseRun(url));
  const byLcp = [...results].sort((a, b) => a.lcpMs - b.lcpMs);
  return { ...byLcp[Math.floor((byLcp.length - 1) / 2)]!, lcpRunsMs: results.map((r) => r.lcpMs) };
}

async function lighthouseRun(url: string): Promise<{ scores: Record<string, number>; lcpMs: number }> {
  const chrome = await launchChrome({
    chromePath: await chromiumPath(),
    chromeFlags: CHROMIUM_FLAGS,
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
    const categories = result!.lhr.categories;
    return {
      scores: Object.fromEntries(Object.entries(categories).map(([id, c]) => [id, Math.round((c.score ?? 0) * 100)])),
      lcpMs: Math.round(result!.lhr.audits['largest-contentful-paint']?.numericValue ?? NaN),
    };
  } finally {
    chrome.kill();
  }
}
