/**
 * npm run bench: measurements anyone can rerun. Writes bench/results.json and
 * bench/RESULTS.md. Timings are wall-clock on this machine; sizes are bytes.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';

const root = process.cwd();
const dist = resolve(root, 'dist');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

const started = performance.now();
execFileSync(process.execPath, [resolve(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'], { stdio: 'inherit' });
const buildSeconds = (performance.now() - started) / 1000;

const all = files(dist);
const byKind: Record<string, number> = {};
for (const file of all) {
  const kind = extname(file).slice(1) || 'other';
  byKind[kind] = (byKind[kind] ?? 0) + statSync(file).size;
}
const pages = all.filter((f) => f.endsWith('.html'));
const reportPages = pages.filter((f) => /\/bao-cao\/[^/]+\/index\.html$/.test(f));
const scriptBytes = (html: string): number => {
  const srcs = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]!);
  const inline = [...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join('');
  return gzipSync(inline).length * (inline ? 1 : 0) + srcs.reduce((sum, src) => sum + gzipSync(readFileSync(join(dist, src))).length, 0);
};

const results = {
  date: new Date().toISOString(),
  node: process.version,
  buildSeconds: Number(buildSeconds.toFixed(2)),
  pageCount: pages.length,
  distBytes: all.reduce((sum, f) => sum + statSync(f).size, 0),
  bytesByKind: byKind,
  reportHtmlGzipBytes: Object.fromEntries(reportPages.map((f) => [f.slice(dist.length), gzipSync(readFileSync(f)).length])),
  reportPageJsGzipBytes: Math.max(0, ...reportPages.map((f) => scriptBytes(readFileSync(f, 'utf8')))),
};

mkdirSync(resolve(root, 'bench'), { recursive: true });
writeFileSync(resolve(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
writeFileSync(
  resolve(root, 'bench/RESULTS.md'),
  `# Benchmark results\n\nWritten by \`npm run bench\` on ${results.date} (Node ${results.node}, 2 cores).\n\n` +
    `| measure | value |\n|---|---|\n` +
    `| build time (astro build, wall clock) | ${results.buildSeconds} s |\n` +
    `| pages | ${results.pageCount} |\n` +
    `| dist size | ${kb(results.distBytes)} |\n` +
    Object.entries(byKind).map(([k, v]) => `| dist .${k} | ${kb(v)} |\n`).join('') +
    `| JavaScript on report pages (gzip) | ${kb(results.reportPageJsGzipBytes)} |\n` +
    Object.entries(results.reportHtmlGzipBytes).map(([p, v]) => `| ${p} (gzip) | ${kb(v)} |\n`).join(''),
);
console.log(readFileSync(resolve(root, 'bench/RESULTS.md'), 'utf8'));
