/**
 * npm run bench: everything we claim about speed and size, measured on this
 * machine and written to bench/results.json and bench/RESULTS.md.
 *   BENCH_SCALE=100,1000 (default) sets the generated corpora; BENCH_SCALE= skips them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import { serveDist } from '../support/static-server.ts';
import { classRanks, lighthouseScores, pageTransfer, searchRanks } from './browser.ts';
import { firstPaint, SLOW_PHONE } from './first-paint.ts';
import { templateOf, templateRepresentatives } from '../support/templates.ts';
import { routes } from '../../src/lib/routes.ts';
import { firstViewPartsHead, firstViewPartsTable, fromLinkTable, latencyTable, LINK_CLASSES, searchFromLink, searchLatency } from './search-latency.ts';
import { classesBefore } from '../support/search-cases.ts';
import { listPages } from '../support/dist.ts';
import { pageWeight } from '../support/weight.ts';
import { distSizes, timedBuild } from './measure.ts';
import { PROPOSE_COLUMNS, proposeLines, scoreLeaveOneOut } from './propose.ts';
import { scoreUnseen } from './propose-unseen.ts';
import { scaleRun } from './scale.ts';

const root = process.cwd();
const dist = resolve(root, 'dist');
const log = (message: string) => console.log(`[bench] ${message}`);

log('build');
const buildSeconds = timedBuild(root);
const sizes = distSizes(dist);

const pageTypes: Record<string, RegExp> = {
  'trang chủ': /^\/index\.html$/,
  'báo cáo': /^\/bao-cao\/[^/]+\/index\.html$/,
  'chỉ tiêu': /^\/so-lieu\/[^/]+\/index\.html$/,
  'biểu đồ': /^\/bieu-do\/[^/]+\/index\.html$/,
  nhúng: /^\/nhung\/[^/]+\/index\.html$/,
  'tìm kiếm': /^\/tim-kiem\/index\.html$/,
  'số liệu': /^\/so-lieu\/index\.html$/,
};
const pages = listPages();
const chartCount = pages.filter((p) => /^\/bieu-do\/[^/]+\/$/.test(p)).length;
const jsPerPageType = Object.fromEntries(
  Object.entries(pageTypes).map(([name, pattern]) => {
    const matching = pages.filter((p) => pattern.test(p.endsWith('/') ? `${p}index.html` : p));
    return [name, { pages: matching.length, maxJsGzipBytes: Math.max(0, ...matching.map((p) => pageWeight(p).js)) }];
  }),
);

log('search latency');
const server = await serveDist();
const search = await searchLatency(server);
// Issue 22's shared links, those naming an indicator and those naming none; ten cold loads each.
const fromLink = await searchFromLink(server, LINK_CLASSES, 10);
const ranks = await searchRanks(server);
const classes = await classRanks(server);

log('lighthouse and page transfer');
const lighthouse: Record<string, Record<string, number>> = {};
const lcpMs: Record<string, number> = {};
const lcpRunsMs: Record<string, number[]> = {};
const transfer: Record<string, Awaited<ReturnType<typeof pageTransfer>>> = {};
const firstOf = (pattern: RegExp) => pages.find((p) => pattern.test(`${p}index.html`));
const measured = {
  'trang chủ': '/',
  'báo cáo': '/bao-cao/nam-tu-liem-giua-nhiem-ky-2023/',
  'chỉ tiêu': firstOf(pageTypes['chỉ tiêu']!),
  'biểu đồ': firstOf(pageTypes['biểu đồ']!),
  'tìm kiếm': '/tim-kiem/?q=dang+vien',
};
for (const [name, path] of Object.entries(measured)) {
  if (!path) continue;
  const { scores, lcpMs: lcp, lcpRunsMs: runs } = await lighthouseScores(`${server.origin}${path}`);
  lighthouse[name] = scores;
  lcpMs[name] = lcp;
  lcpRunsMs[name] = runs;
  transfer[name] = await pageTransfer(server, path);
}
log('first paint of the longest report on a slow phone');
const longestReport = templateRepresentatives(pages).get(templateOf(routes.report('x')))!;
const longestReportPaint = { path: longestReport, ...(await firstPaint(server, longestReport)) };
await server.close();

log('propose on the five reports, leave one out, and on unseen texts');
const propose = { leaveOneOut: scoreLeaveOneOut(), unseen: scoreUnseen() };

const scale = (process.env.BENCH_SCALE ?? '100,1000').split(',').filter(Boolean).map(Number);
const scaleRuns = [];
for (const count of scale) {
  log(`scale run: ${count} reports with their observations`);
  const run = await scaleRun(root, count);
  scaleRuns.push({ ...run, secondsPerReport: Number((run.buildSeconds / count).toFixed(3)), pagefindBytesPerReport: Math.round(run.pagefindBytes / count) });
}

const results = {
  date: new Date().toISOString(),
  machine: { node: process.version, cores: availableParallelism() },
  buildSeconds: Number(buildSeconds.toFixed(2)),
  charts: chartCount,
  dist: sizes,
  jsPerPageType,
  search,
  searchFromLink: fromLink,
  searchRanks: ranks,
  searchClasses: classes,
  lighthouse,
  lcpMs,
  lcpRunsMs,
  longestReportPaint,
  transfer,
  propose,
  scaleRuns,
};

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const minLighthouse = Math.min(...Object.values(lighthouse).flatMap((s) => Object.values(s)));
const thousand = scaleRuns.find((r) => r.reports === 1000);
const hundred = scaleRuns.find((r) => r.reports === 100);
const targets = [
  { target: 'Lighthouse ≥ 98 in every category (mobile)', met: minLighthouse >= 98, value: `lowest ${minLighthouse}` },
  { target: 'Largest report page ≤ 60 KB transferred (first view, Chromium)', met: transfer['báo cáo']!.kilobytes <= 60, value: `${transfer['báo cáo']!.kilobytes} KB` },
  { target: 'Report page: at most two font files on first view', met: transfer['báo cáo']!.fontFiles <= 2, value: `${transfer['báo cáo']!.fontFiles} files, ${transfer['báo cáo']!.fontKilobytes} KB` },
  { target: 'Report page: Lighthouse mobile LCP ≤ 1.3 s', met: lcpMs['báo cáo']! <= 1300, value: `${lcpMs['báo cáo']} ms` },
  {
    target: 'Longest report on a slow phone: first paint under 800 ms (median of 5)',
    met: longestReportPaint.fcpMs < 800,
    value: `FCP ${longestReportPaint.fcpMs} ms, LCP ${longestReportPaint.lcpMs} ms`,
  },
  { target: 'Search, warm: keystroke to first result, median under 20 ms', met: search.ours.warm.medianMs < 20, value: `${search.ours.warm.medianMs} ms` },
  { target: 'Search, cold: keystroke to first result, median under 200 ms', met: search.ours.cold.medianMs < 200, value: `${search.ours.cold.medianMs} ms` },
  ...fromLink.flatMap((c) => [
    {
      target: `Search from a shared link (${c.name}): navigation to the first result, cold, median within 500 ms`,
      met: c.ours.navigationToResult.medianMs <= 500,
      value: `${c.ours.navigationToResult.medianMs} ms, p95 ${c.ours.navigationToResult.p95Ms} ms (raw Pagefind ${c.raw.navigationToResult.medianMs} ms)`,
    },
    {
      target: `Search page first view from a shared link (${c.name}) under 100 KB`,
      met: c.ours.firstViewKilobytes < 100,
      value: `${c.ours.firstViewKilobytes} KB in ${c.ours.firstViewRequests} requests until the first result, ${c.ours.untilQuietKilobytes} KB until the network is quiet (raw Pagefind ${c.raw.firstViewKilobytes} KB)`,
    },
  ]),
  { target: 'Search: every figure case in the first three results', met: ranks.every((r) => r.rank !== null && r.rank <= r.wanted), value: `${ranks.filter((r) => r.rank !== null && r.rank <= r.wanted).length}/${ranks.length} cases` },
  { target: 'Report pages ≤ 20 KB gzipped JS before search', met: jsPerPageType['báo cáo']!.maxJsGzipBytes <= 20 * 1024, value: `${jsPerPageType['báo cáo']!.maxJsGzipBytes} B` },
  { target: 'Build under 90 s on 2 cores', met: results.buildSeconds < 90, value: `${results.buildSeconds} s` },
  { target: 'dist under 60 MB', met: sizes.totalBytes < 60 * 1024 * 1024, value: `${(sizes.totalBytes / 1024 / 1024).toFixed(1)} MB` },
  ...(thousand
    ? [
        { target: '1,000 reports with their observations build in under 5 minutes', met: thousand.buildSeconds < 300, value: `${thousand.buildSeconds} s, ${thousand.observations} observations` },
        { target: '1,000 reports: peak memory at most 3 GB', met: thousand.peakMemoryMB <= 3 * 1024, value: `${thousand.peakMemoryMB} MB` },
        { target: '1,000 reports: one report edited, rebuilt in under 60 s', met: thousand.rebuildSeconds !== undefined && thousand.rebuildSeconds < 60, value: `${thousand.rebuildSeconds} s` },
      ]
    : []),
  ...(scaleRuns.length
    ? [{ target: 'Every page under 1 MB at every scale', met: scaleRuns.every((r) => r.largestPage.bytes < 2 ** 20), value: scaleRuns.map((r) => `${r.reports}: ${kb(r.largestPage.bytes)}`).join(', ') }]
    : []),
  ...(thousand && hundred
    ? [
        {
          target: 'Build time grows no faster than the corpus (s/report at 1,000 ≤ 1.1 × at 100)',
          met: thousand.secondsPerReport <= 1.1 * hundred.secondsPerReport,
          value: `${hundred.secondsPerReport} → ${thousand.secondsPerReport} s/report`,
        },
      ]
    : []),
];

mkdirSync(resolve(root, 'bench'), { recursive: true });
writeFileSync(resolve(root, 'bench/results.json'), `${JSON.stringify({ ...results, targets }, null, 2)}\n`);
const table = (head: string[], rows: (string | number)[][]) => `| ${head.join(' | ')} |\n|${head.map(() => '---').join('|')}|\n${rows.map((r) => `| ${r.join(' | ')} |`).join('\n')}\n`;
const md = [
  `# Benchmark results\n\nWritten by \`npm run bench\` on ${results.date} (Node ${results.machine.node}, ${results.machine.cores} cores). Rerun it to refresh.\n`,
  '## Targets\n',
  table(['target', 'met', 'measured'], targets.map((t) => [t.target, t.met ? 'yes' : '**no**', t.value])),
  '## Build and size\n',
  table(['measure', 'value'], [
    ['build time (astro build incl. Pagefind, wall clock)', `${results.buildSeconds} s`],
    ['charts (editorial and drawn by rules; 4 PNGs each)', results.charts],
    ['HTML pages', sizes.htmlPages],
    ['dist size', kb(sizes.totalBytes)],
    ...Object.entries(sizes.byKind).map(([k, v]) => [`dist .${k}`, kb(v)]),
    ['Pagefind index', `${kb(sizes.pagefindBytes)} in ${sizes.pagefindFiles} files`],
  ]),
  '## JavaScript per page type (gzipped, loaded with the page)\n',
  table(['page type', 'pages', 'max JS'], Object.entries(jsPerPageType).map(([k, v]) => [k, v.pages, kb(v.maxJsGzipBytes)])),
  `## Search latency in Chromium (${search.queries} queries of the test tables)\n`,
  'Keystroke (Enter) to the first result on screen on /tim-kiem/, beside raw Pagefind (`search` and `data()` of its first 5 results) on the same index in the same run. Cold: first query in a fresh browser context, page loaded and idle; warm: the same query again (searched afresh). tests/bench/search-latency.ts.\n',
  table(['', 'median', 'p95', 'samples'], latencyTable(search)),
  `## Search from a shared link (${fromLink.map((c) => `${c.name}: ${c.queries.map((q) => `“${q}”`).join(', ')}`).join('; ')}; ten cold loads each)\n`,
  'A fresh browser context at 360 px opens /tim-kiem/?q=…: navigation start to the first result on screen (the answer box of the indicator the query names counts, as on the first screen), what the first view transferred (requests finished when the first result is shown, compressed as the server sends them), and what the page transferred until the network is quiet (the search engine and the rest of the results come after the answer); raw Pagefind beside it: a bare page on the same origin whose script imports pagefind.js, searches the query of its address and renders 5 results. Links naming an indicator show its answer (a small file) before Pagefind loads; links naming none wait for Pagefind. tests/bench/search-latency.ts (`node tests/bench/search-latency.ts` measures these alone).\n',
  table(['', 'navigation to first result, median', 'p95', 'first view (until the first result)', 'requests', 'until the network is quiet', 'requests'], fromLinkTable(fromLink)),
  'What the first view is made of (median KB of each part over the loads):\n',
  table(firstViewPartsHead(fromLink), firstViewPartsTable(fromLink)),
  '## Search cases that rank worst (rank of the expected result; the test allows up to “top”)\n',
  table(['query', 'expected', 'rank', 'top'], ranks.slice(0, 8).map((r) => [r.query, r.expected, r.rank ?? 'not on first page', r.wanted])),
  '## Search by class of question (issue 22): cases with the expected figure in the first three\n',
  'Cases written from the texts (tests/support/search-cases.ts `classCases`), each with and without diacritics; the last class also needs the first screen to say the asked area has no such figure.\n',
  'Before: when the cases were written (commit 719bedf), before the search changed.\n',
  table(['class', 'before', 'now', 'cases'], Object.entries(classes.byClass).map(([name, c]) => [name, classesBefore[name as keyof typeof classesBefore], c.met, c.cases])),
  '## Lighthouse (mobile preset)\n',
  'Pages served from dist/ by tests/support/static-server.ts, text compressed (brotli) as a static host sends it. Three runs per page; the run with the median LCP is shown, all three LCPs beside it.\n',
  table(
    ['page', ...Object.keys(Object.values(lighthouse)[0] ?? {}), 'LCP', 'LCP of each run'],
    Object.entries(lighthouse).map(([k, v]) => [k, ...Object.values(v), `${lcpMs[k]} ms`, (lcpRunsMs[k] ?? []).join(', ')]),
  ),
  `## First paint of the longest report (${longestReportPaint.path}) on a slow phone\n`,
  `Chromium at 360 px with its own throttling: CPU ${SLOW_PHONE.cpuSlowdown}× slower, ${SLOW_PHONE.latencyMs} ms round trip, ${SLOW_PHONE.downloadKbps / 1000} Mbps down; fresh cache, five runs, median (tests/bench/first-paint.ts).\n`,
  table(
    ['', 'median', 'runs'],
    [
      ['first contentful paint', `${longestReportPaint.fcpMs} ms`, longestReportPaint.fcpRunsMs.join(', ')],
      ['largest contentful paint', `${longestReportPaint.lcpMs} ms`, longestReportPaint.lcpRunsMs.join(', ')],
      ['document parsed (domInteractive)', '', longestReportPaint.parsedRunsMs.join(', ')],
    ],
  ),
  '## First view in Chromium at 360 px (compressed as sent: brotli)\n',
  table(['page', 'transferred', 'requests', 'font files', 'fonts'], Object.entries(transfer).map(([k, v]) => [k, `${v.kilobytes} KB`, v.requests, v.fontFiles, `${v.fontKilobytes} KB`])),
  '## npm run propose on texts it did not learn from (`node tests/bench/propose.ts`, `node tests/bench/propose-unseen.ts`)\n',
  'Leave one out: each report proposed by a guesser trained on the other four, with the catalogue cut to their indicators. Unseen: tests/fixtures/unseen (web articles unlike the reports), guesser trained on all five. Junk = figure rows that are no kept figure; indicator right = the kept indicator filled in, or none filled in where the catalogue has none that fits; new indicator = share of found figures with a drafted new indicator.\n',
  table(PROPOSE_COLUMNS, proposeLines(propose.leaveOneOut)),
  table(PROPOSE_COLUMNS, proposeLines(propose.unseen)),
  '## Scale runs (generated corpora with their observations)\n',
  scaleRuns.length
    ? table(
        ['reports', 'observations', 'build', 'build CPU', 'steps', 's / report', 'rebuild after one edit', 'peak memory', 'peak by process', 'largest page', 'dist', 'Pagefind index', 'index / report', 'HTML pages', 'load (5 min)'],
        scaleRuns.map((r) => [r.reports, r.observations, `${r.buildSeconds} s`, `${r.cpuSeconds} s`, Object.entries(r.stepSeconds).map(([name, seconds]) => `${name} ${seconds} s`).join(', '), r.secondsPerReport, `${r.rebuildSeconds} s${r.rebuildSameAsClean === undefined ? '' : r.rebuildSameAsClean ? ', same bytes as clean' : ', **differs from clean**'}`, `${r.peakMemoryMB} MB`, Object.entries(r.peakMemoryByProcessMB).map(([name, mb]) => `${name} ${mb} MB`).join(', '), `${kb(r.largestPage.bytes)} ${r.largestPage.path}`, kb(r.distBytes), kb(r.pagefindBytes), kb(r.pagefindBytesPerReport), r.htmlPages, r.loadAverage]),
      )
    : 'Not run (BENCH_SCALE empty).\n',
].join('\n');
writeFileSync(resolve(root, 'bench/RESULTS.md'), md);
console.log(md);
