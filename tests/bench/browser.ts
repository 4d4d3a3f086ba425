/** Browser measurements for the bench: search latency in Chromium and Lighthouse scores. */
import { launch as launchChrome } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, chromiumPath, launchChromium } from '../support/browser.ts';
import { cases } from '../support/search-cases.ts';
import { expectedRank, searchResults } from '../support/search-page.ts';
import type { RunningServer } from '../support/static-server.ts';
import { percentile, sum } from './measure.ts';

/** Milliseconds from submitting a query to results on screen; cold = first query of a fresh page. */
export async function searchLatency(server: RunningServer, rounds = 3) {
  const browser = await launchChromium();
  const cold: number[] = [];
  const warm: number[] = [];
  const queries = [...new Set(cases.filter((c) => !c.filters).map((c) => c.q))];
  try {
    for (let round = 0; round < rounds; round++) {
      for (const q of queries) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(`${server.origin}/tim-kiem/`);
        await page.waitForFunction(() => /Nhập từ khóa/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
        const timeQuery = (query: string) =>
          page.evaluate(async (text) => {
            const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
            const status = document.querySelector('[data-search-status]')!;
            form.querySelector<HTMLInputElement>('input[name="q"]')!.value = text;
            const started = performance.now();
            const done = new Promise<void>((resolve) => {
              const observer = new MutationObserver(() => {
                if (/kết quả|Không tìm thấy/.test(status.textContent ?? '')) {
                  observer.disconnect();
                  resolve();
                }
              });
              observer.observe(status, { childList: true, characterData: true, subtree: true });
            });
            status.textContent = '';
            form.requestSubmit();
            await done;
            return performance.now() - started;
          }, query);
        cold.push(await timeQuery(q));
        warm.push(await timeQuery(q));
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  const summary = (xs: number[]) => ({ medianMs: Number(percentile(xs, 50).toFixed(1)), p95Ms: Number(percentile(xs, 95).toFixed(1)), samples: xs.length });
  return { queries: queries.length, cold: summary(cold), warm: summary(warm) };
}

/** Where each case of the query table finds its expected result (1 = first), worst first. */
export async function searchRanks(server: RunningServer): Promise<{ query: string; expected: string; rank: number | null; wanted: number }[]> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const ranks = [];
    // Filter cases are checked on every result, not on a rank: they have no place here.
    for (const searchCase of cases.filter((c) => !c.all)) {
      const results = await searchResults(page, server.origin, searchCase.q, searchCase.filters);
      ranks.push({
        query: `${searchCase.q}${searchCase.filters ? ` ${JSON.stringify(searchCase.filters)}` : ''}`,
        expected: [[searchCase.url ?? ''].flat().join(' | '), searchCase.kind ?? ''].filter(Boolean).join(' · '),
        rank: expectedRank(searchCase, results) ?? null,
        wanted: searchCase.top ?? 20,
      });
    }
    return ranks.sort((a, b) => (b.rank ?? 99) / b.wanted - (a.rank ?? 99) / a.wanted);
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

/** Lighthouse (mobile preset): category scores 0–100, and the largest contentful paint in milliseconds. */
export async function lighthouseScores(url: string): Promise<{ scores: Record<string, number>; lcpMs: number }> {
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
