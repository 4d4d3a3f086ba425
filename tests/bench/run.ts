/**
 * npm run bench: everything we claim about speed and size, measured on this
 * machine and written to bench/results.json and bench/RESULTS.md.
 *   BENCH_SCALE=100,1000 (default) sets the generated corpora; BENCH_SCALE= skips them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import { serveDist } from '../support/static-server.ts';
import { lighthouseScores, searchRanks } from './browser.ts';
import { latencyTable, searchLatency } from './search-latency.ts';
import { listPages } from '../support/dist.ts';
import { pageWeight } from '../support/weight.ts';
import { distSizes, timedBuild } from './measure.ts';
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
const jsPerPageType = Object.fromEntries(
  Object.entries(pageTypes).map(([name, pattern]) => {
    const matching = pages.filter((p) => pattern.test(p.endsWith('/') ? `${p}index.html` : p));
    return [name, { pages: matching.length, maxJsGzipBytes: Math.max(0, ...matching.map((p) => pageWeight(p).js)) }];
  }),
);

log('search latency');
const server = await serveDist();
const search = await searchLatency(server);
const ranks = await searchRanks(server);

log('lighthouse');
const lighthouse: Record<string, Record<string, number>> = {};
const firstOf = (pattern: RegExp) => pages.find((p) => pattern.test(`${p}index.html`));
for (const [name, path] of Object.entries({ 'trang chủ': '/', 'báo cáo': '/bao-cao/nam-tu-liem-giua-nhiem-ky-2023/', 'chỉ tiêu': firstOf(pageTypes['chỉ tiêu']!), 'biểu đồ': firstOf(pageTypes['biểu đồ']!), 'tìm kiếm': '/tim-kiem/?q=dang+vien' })) {
  if (path) lighthouse[name] = await lighthouseScores(`${server.origin}${path}`);
}
await server.close();

const scale = (process.env.BENCH_SCALE ?? '100,1000').split(',').filter(Boolean).map(Number);
const scaleRuns = scale.map((count) => {
  log(`scale run: ${count} reports`);
  const run = scaleRun(root, count);
  return { ...run, secondsPerReport: Number((run.buildSeconds / count).toFixed(3)), pagefindBytesPerReport: Math.round(run.pagefindBytes / count) };
});

const results = {
  date: new Date().toISOString(),
  machine: { node: process.version, cores: availableParallelism() },
  buildSeconds: Number(buildSeconds.toFixed(2)),
  dist: sizes,
  jsPerPageType,
  search,
  searchRanks: ranks,
  lighthouse,
  scaleRuns,
};

const minLighthouse = Math.min(...Object.values(lighthouse).flatMap((s) => Object.values(s)));
const thousand = scaleRuns.find((r) => r.reports === 1000);
const targets = [
  { target: 'Lighthouse ≥ 98 in every category (mobile)', met: minLighthouse >= 98, value: `lowest ${minLighthouse}` },
  { target: 'Search, warm: keystroke to first result, median under 20 ms', met: search.ours.warm.medianMs < 20, value: `${search.ours.warm.medianMs} ms` },
  { target: 'Search, cold: keystroke to first result, median under 200 ms', met: search.ours.cold.medianMs < 200, value: `${search.ours.cold.medianMs} ms` },
  { target: 'Search: every figure case in the first three results', met: ranks.every((r) => r.rank !== null && r.rank <= r.wanted), value: `${ranks.filter((r) => r.rank !== null && r.rank <= r.wanted).length}/${ranks.length} cases` },
  { target: 'Report pages ≤ 20 KB gzipped JS before search', met: jsPerPageType['báo cáo']!.maxJsGzipBytes <= 20 * 1024, value: `${jsPerPageType['báo cáo']!.maxJsGzipBytes} B` },
  ...(thousand ? [{ target: '1,000 reports build in under 3 minutes', met: thousand.buildSeconds < 180, value: `${thousand.buildSeconds} s` }] : []),
];

mkdirSync(resolve(root, 'bench'), { recursive: true });
writeFileSync(resolve(root, 'bench/results.json'), `${JSON.stringify({ ...results, targets }, null, 2)}\n`);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const table = (head: string[], rows: (string | number)[][]) => `| ${head.join(' | ')} |\n|${head.map(() => '---').join('|')}|\n${rows.map((r) => `| ${r.join(' | ')} |`).join('\n')}\n`;
const md = [
  `# Benchmark results\n\nWritten by \`npm run bench\` on ${results.date} (Node ${results.machine.node}, ${results.machine.cores} cores). Rerun it to refresh.\n`,
  '## Targets\n',
  table(['target', 'met', 'measured'], targets.map((t) => [t.target, t.met ? 'yes' : '**no**', t.value])),
  '## Build and size\n',
  table(['measure', 'value'], [
    ['build time (astro build incl. Pagefind, wall clock)', `${results.buildSeconds} s`],
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
  '## Search cases that rank worst (rank of the expected result; the test allows up to “top”)\n',
  table(['query', 'expected', 'rank', 'top'], ranks.slice(0, 8).map((r) => [r.query, r.expected, r.rank ?? 'not on first page', r.wanted])),
  '## Lighthouse (mobile preset)\n',
  'Pages served from dist/ by tests/support/static-server.ts, text gzipped as a static host sends it.\n',
  table(['page', ...Object.keys(Object.values(lighthouse)[0] ?? {})], Object.entries(lighthouse).map(([k, v]) => [k, ...Object.values(v)])),
  '## Scale runs (generated corpora)\n',
  scaleRuns.length ? table(['reports', 'build', 's / report', 'Pagefind index', 'index / report', 'HTML pages'], scaleRuns.map((r) => [r.reports, `${r.buildSeconds} s`, r.secondsPerReport, kb(r.pagefindBytes), kb(r.pagefindBytesPerReport), r.htmlPages])) : 'Not run (BENCH_SCALE empty).\n',
].join('\n');
writeFileSync(resolve(root, 'bench/RESULTS.md'), md);
console.log(md);
