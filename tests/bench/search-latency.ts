/**
 * Search latency in Chromium, keystroke to first result shown, beside raw
 * Pagefind on the same index in the same run.
 *
 *   ours: /tim-kiem/ loaded and idle (network quiet: the script ran and
 *         Pagefind initialised); the query is put in the box and Enter
 *         pressed; time from the keydown event to the first result shown.
 *   raw:  a bare page on the same origin that imported pagefind.js and ran
 *         init(); time for `search(q)` and `data()` of its first 5 results,
 *         rendered as a list.
 *
 * Cold is the first query of a fresh browser context (index chunks and
 * fragments not yet fetched); warm is the same query again in that page.
 */
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';
import { cases, figureCases } from '../support/search-cases.ts';
import type { RunningServer } from '../support/static-server.ts';
import { percentile } from './measure.ts';
import { routes } from '../../src/lib/routes.ts';

/** The search page is idle: its script ran and it waits for a query. */
const READY = /Nhập từ khóa/;
const RAW_PAGE = '/bench-raw-pagefind/';

async function oursPage(browser: Browser, origin: string): Promise<{ page: Page; time: (q: string) => Promise<number> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  // Loaded and idle: the script ran and Pagefind fetched what it loads before any query.
  await page.goto(`${origin}/tim-kiem/`, { waitUntil: 'networkidle' });
  await page.waitForFunction((ready) => new RegExp(ready).test(document.querySelector('[data-search-status]')?.textContent ?? ''), READY.source);
  const time = async (q: string) => {
    await page.evaluate((text) => {
      const input = document.querySelector<HTMLInputElement>('[data-search-form] input[name="q"]')!;
      const list = document.querySelector('[data-search-results]')!;
      const status = document.querySelector('[data-search-status]')!;
      // Set without an input event: only the Enter below starts the search.
      input.value = text;
      list.replaceChildren();
      status.textContent = '';
      (window as unknown as { benchLatency: Promise<number> }).benchLatency = new Promise((resolve) => {
        let started = NaN;
        addEventListener('keydown', (e) => (started = e.timeStamp), { capture: true, once: true });
        // The first result on screen (items may wait, hidden, for their data), or the answer that there is none.
        new MutationObserver((_, observer) => {
          if (!list.querySelector('li:not([hidden])') && !/Không tìm thấy/.test(status.textContent ?? '')) return;
          observer.disconnect();
          resolve(performance.now() - started);
        }).observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
      });
      input.focus();
    }, q);
    await page.keyboard.press('Enter');
    return page.evaluate(() => (window as unknown as { benchLatency: Promise<number> }).benchLatency);
  };
  return { page, time };
}

async function rawPage(browser: Browser, origin: string): Promise<{ page: Page; time: (q: string) => Promise<number> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.route(`${origin}${RAW_PAGE}`, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: '<!doctype html><html lang="vi"><meta charset="utf-8"><title>raw</title><ol></ol>' }),
  );
  await page.goto(`${origin}${RAW_PAGE}`);
  await page.evaluate(async () => {
    const url = '/pagefind/pagefind.js';
    const pagefind = await import(/* @vite-ignore */ url);
    await pagefind.options({ excerptLength: 28 });
    await pagefind.init();
    (window as unknown as { pagefind: unknown }).pagefind = pagefind;
  });
  const time = (q: string) =>
    page.evaluate(async (text) => {
      type Data = { url: string; meta: { title?: string }; excerpt: string };
      const pagefind = (window as unknown as { pagefind: { search(q: string): Promise<{ results: { data(): Promise<Data> }[] }> } }).pagefind;
      const list = document.querySelector('ol')!;
      list.replaceChildren();
      const started = performance.now();
      const { results } = await pagefind.search(text);
      const data = await Promise.all(results.slice(0, 5).map((r) => r.data()));
      for (const d of data) {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = d.url;
        a.textContent = d.meta.title ?? d.url;
        const p = document.createElement('p');
        p.innerHTML = d.excerpt;
        li.append(a, p);
        list.append(li);
      }
      return performance.now() - started;
    }, q);
  return { page, time };
}

const summary = (xs: number[]) => ({
  medianMs: Number(percentile(xs, 50).toFixed(1)),
  p95Ms: Number(percentile(xs, 95).toFixed(1)),
  samples: xs.length,
});

export interface LatencySummary {
  medianMs: number;
  p95Ms: number;
  samples: number;
}
export interface SearchLatency {
  queries: number;
  ours: { cold: LatencySummary; warm: LatencySummary };
  raw: { cold: LatencySummary; warm: LatencySummary };
}

/** Every query of the test tables (without filters), `rounds` times, ours and raw interleaved so both see the same machine load. */
export async function searchLatency(server: RunningServer, rounds = 1): Promise<SearchLatency> {
  const browser = await launchChromium();
  const samples = { ours: { cold: [] as number[], warm: [] as number[] }, raw: { cold: [] as number[], warm: [] as number[] } };
  const queries = [...new Set([...figureCases, ...cases].filter((c) => !c.filters).map((c) => c.q))];
  try {
    for (let round = 0; round < rounds; round++) {
      for (const q of queries) {
        for (const [name, open] of [
          ['ours', oursPage],
          ['raw', rawPage],
        ] as const) {
          const { page, time } = await open(browser, server.origin);
          samples[name].cold.push(await time(q));
          samples[name].warm.push(await time(q));
          await page.context().close();
        }
      }
    }
  } finally {
    await browser.close();
  }
  return {
    queries: queries.length,
    ours: { cold: summary(samples.ours.cold), warm: summary(samples.ours.warm) },
    raw: { cold: summary(samples.raw.cold), warm: summary(samples.raw.warm) },
  };
}

/** The latency table for bench/RESULTS.md and the console. */
export function latencyTable(search: SearchLatency): string[][] {
  const row = (label: string, s: LatencySummary) => [label, `${s.medianMs} ms`, `${s.p95Ms} ms`, String(s.samples)];
  return [
    row('Báo cáo mở, cold', search.ours.cold),
    row('raw Pagefind, cold', search.raw.cold),
    row('Báo cáo mở, warm', search.ours.warm),
    row('raw Pagefind, warm', search.raw.warm),
  ];
}

/**
 * From a shared link (issue 22 item 7): a fresh browser context opens
 * /tim-kiem/?q=…; the time from navigation start to the first result on
 * screen (the named indicator's answer box counts, as on the first screen),
 * what the first view transferred (bytes and requests finished by the time
 * the first result is shown, compressed as the server sends them), part by
 * part (our HTML, CSS, fonts and script; Pagefind's script, entry and meta,
 * WebAssembly, index chunks, fragments, filters), and what the page
 * transferred until the network is quiet (the engine and the rest of the
 * results, loaded after). Links whose query names an indicator (the page
 * answers from a small file before loading Pagefind) and links that name
 * none (the first result is Pagefind's) are reported apart. Raw Pagefind
 * beside each: a bare page on the same origin whose own script imports
 * pagefind.js, searches the query from its address and renders its first 5
 * results.
 */
interface LinkLoad {
  navigationToResult: LatencySummary;
  firstViewKilobytes: number;
  firstViewRequests: number;
  /** Median kilobytes of each part of the first view (medians of parts need not add up to the median whole). */
  firstViewParts: Record<string, number>;
  untilQuietKilobytes: number;
  untilQuietRequests: number;
}
export interface LinkClass {
  name: string;
  queries: string[];
  ours: LinkLoad;
  raw: LinkLoad;
}
export type FromLink = LinkClass[];

/** The shared links measured, by class: a question naming place and topic, a head query, one asking for a figure a place lacks; a person, a topic no indicator names, typed without and with diacritics. */
export const LINK_CLASSES = [
  { name: 'names an indicator', queries: ['thu ngan sach Duc Giang', 'dang vien', 'Long Biên kết nạp bao nhiêu đảng viên'] },
  { name: 'names none', queries: ['Nguyen Quang Duc', 'hoa giai', 'dân vận khéo'] },
] as const;

const RAW_LINK_PAGE = '/bench-raw-pagefind-link/';
const RAW_LINK_HTML = `<!doctype html><html lang="vi"><meta charset="utf-8"><title>raw</title><ol></ol><script type="module">
const q = new URLSearchParams(location.search).get('q');
const pagefind = await import('/pagefind/pagefind.js');
await pagefind.options({ excerptLength: 28 });
await pagefind.init();
const { results } = await pagefind.search(q);
for (const d of await Promise.all(results.slice(0, 5).map((r) => r.data()))) {
  const li = document.createElement('li');
  li.innerHTML = '<a></a><p></p>';
  li.firstChild.href = d.url;
  li.firstChild.textContent = d.meta.title ?? d.url;
  li.lastChild.innerHTML = d.excerpt;
  document.querySelector('ol').append(li);
}
</script>`;

/** What a request of the search page is, for the first view's parts. */
export function partOf(path: string, resourceType: string): string {
  if (resourceType === 'document') return 'HTML (with the page data)';
  if (resourceType === 'font') return 'fonts';
  if (resourceType === 'stylesheet') return 'CSS';
  if (path.startsWith('/pagefind/')) {
    if (path.endsWith('.js')) return 'Pagefind: pagefind.js';
    if (/\/wasm\.[^/]*\.pagefind$/.test(path)) return 'Pagefind: WebAssembly';
    if (/pagefind-entry\.json|\.pf_meta$/.test(path)) return 'Pagefind: entry and meta';
    if (path.includes('/index/')) return 'Pagefind: index chunks';
    if (path.includes('/fragment/')) return 'Pagefind: fragments';
    if (path.includes('/filter/')) return 'Pagefind: filters';
  }
  if (resourceType === 'script') return 'page script';
  if (path.startsWith('/tim-kiem/tra-loi/')) return 'answer file';
  if (path === routes.searchWording()) return 'wordings file';
  return 'other';
}

interface LinkSample {
  ms: number;
  bytes: number;
  requests: number;
  parts: Record<string, number>;
  quietBytes: number;
  quietRequests: number;
}

async function openFromLink(browser: Browser, url: string, raw: boolean): Promise<LinkSample> {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  if (raw) await page.route((u) => u.pathname === RAW_LINK_PAGE, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: RAW_LINK_HTML }));
  // Each request's bytes, and whether it had finished when the first result was shown.
  let shown = false;
  const finished: Promise<{ bytes: number; beforeResult: boolean; part: string }>[] = [];
  page.on('requestfinished', (request) => {
    const beforeResult = !shown;
    const part = partOf(new URL(request.url()).pathname, request.resourceType());
    finished.push(
      request.sizes().then(
        (s) => ({ bytes: s.responseBodySize + s.responseHeadersSize, beforeResult, part }),
        () => ({ bytes: 0, beforeResult, part }),
      ),
    );
  });
  // Navigation start is the page's time origin: the first result's moment is performance.now() when it appears.
  await page.addInitScript(() => {
    (window as unknown as { firstResult: Promise<number> }).firstResult = new Promise((resolve) => {
      new MutationObserver((_, observer) => {
        if (!document.querySelector('ol li:not([hidden]), [data-search-answer]:not([hidden]) li')) return;
        observer.disconnect();
        resolve(performance.now());
      }).observe(document, { childList: true, subtree: true, attributes: true });
    });
  });
  await page.goto(url, { waitUntil: 'commit' });
  const ms = await page.evaluate(() => (window as unknown as { firstResult: Promise<number> }).firstResult);
  shown = true;
  await page.waitForLoadState('networkidle');
  const sizes = await Promise.all(finished);
  await context.close();
  const before = sizes.filter((s) => s.beforeResult);
  const sum = (list: { bytes: number }[]) => list.reduce((a, b) => a + b.bytes, 0);
  const parts: Record<string, number> = {};
  for (const s of before) parts[s.part] = (parts[s.part] ?? 0) + s.bytes;
  return { ms, bytes: sum(before), requests: before.length, parts, quietBytes: sum(sizes), quietRequests: sizes.length };
}

const kb = (bytes: number[]) => Number((percentile(bytes, 50) / 1024).toFixed(1));
function linkLoad(list: LinkSample[]): LinkLoad {
  const names = [...new Set(list.flatMap((s) => Object.keys(s.parts)))].sort();
  return {
    navigationToResult: summary(list.map((s) => s.ms)),
    firstViewKilobytes: kb(list.map((s) => s.bytes)),
    firstViewRequests: percentile(list.map((s) => s.requests), 50),
    firstViewParts: Object.fromEntries(names.map((name) => [name, kb(list.map((s) => s.parts[name] ?? 0))])),
    untilQuietKilobytes: kb(list.map((s) => s.quietBytes)),
    untilQuietRequests: percentile(list.map((s) => s.quietRequests), 50),
  };
}

/** Each class's links, `rounds` cold loads each, ours and raw interleaved so both see the same machine load. */
export async function searchFromLink(server: RunningServer, classes: readonly { name: string; queries: readonly string[] }[] = LINK_CLASSES, rounds = 10): Promise<FromLink> {
  const browser = await launchChromium();
  try {
    const measured: FromLink = [];
    for (const { name, queries } of classes) {
      const samples = { ours: [] as LinkSample[], raw: [] as LinkSample[] };
      for (let round = 0; round < rounds; round++)
        for (const q of queries) {
          const query = new URLSearchParams({ q });
          samples.ours.push(await openFromLink(browser, `${server.origin}/tim-kiem/?${query}`, false));
          samples.raw.push(await openFromLink(browser, `${server.origin}${RAW_LINK_PAGE}?${query}`, true));
        }
      measured.push({ name, queries: [...queries], ours: linkLoad(samples.ours), raw: linkLoad(samples.raw) });
    }
    return measured;
  } finally {
    await browser.close();
  }
}

/** The from-a-link table for bench/RESULTS.md and the console: each class, ours beside raw Pagefind. */
export function fromLinkTable(link: FromLink): string[][] {
  const row = (label: string, s: LinkLoad) => [
    label,
    `${s.navigationToResult.medianMs} ms`,
    `${s.navigationToResult.p95Ms} ms`,
    `${s.firstViewKilobytes} KB`,
    String(s.firstViewRequests),
    `${s.untilQuietKilobytes} KB`,
    String(s.untilQuietRequests),
  ];
  return link.flatMap((c) => [row(`${c.name}: Báo cáo mở`, c.ours), row(`${c.name}: raw Pagefind`, c.raw)]);
}

/** What each class's first view is made of, ours beside raw Pagefind (median KB of each part). */
export function firstViewPartsTable(link: FromLink): string[][] {
  const parts = [...new Set(link.flatMap((c) => [...Object.keys(c.ours.firstViewParts), ...Object.keys(c.raw.firstViewParts)]))].sort();
  return parts.map((part) => [part, ...link.flatMap((c) => [c.ours, c.raw].map((s) => (s.firstViewParts[part] ? `${s.firstViewParts[part]} KB` : '—')))]);
}

/** The head of firstViewPartsTable. */
export const firstViewPartsHead = (link: FromLink): string[] => ['part', ...link.flatMap((c) => [`${c.name}: Báo cáo mở`, `${c.name}: raw Pagefind`])];

// `node tests/bench/search-latency.ts [rounds]` measures the shared links alone, on the built dist/.
if (import.meta.main) {
  const { serveDist } = await import('../support/static-server.ts');
  const server = await serveDist();
  try {
    const link = await searchFromLink(server, LINK_CLASSES, Number(process.argv[2] ?? 10));
    for (const c of link) console.log(`${c.name}: ${c.queries.join(' · ')}`);
    console.table(fromLinkTable(link));
    console.table([firstViewPartsHead(link), ...firstViewPartsTable(link)]);
  } finally {
    await server.close();
  }
}
