/** Measurements for `npm run bench`, each a function anyone can rerun. */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { performance } from 'node:perf_hooks';

export function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

export const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  return sorted[low]! + (sorted[Math.ceil(rank)]! - sorted[low]!) * (rank - low);
}

/** Run `astro build` in a project directory; wall-clock seconds. */
export function timedBuild(cwd: string, env: NodeJS.ProcessEnv = {}): number {
  const started = performance.now();
  execFileSync(process.execPath, [join(cwd, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'], { cwd, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } });
  return (performance.now() - started) / 1000;
}

export function distSizes(dist: string) {
  const all = files(dist);
  const byKind: Record<string, number> = {};
  for (const file of all) {
    const kind = extname(file).slice(1) || 'other';
    byKind[kind] = (byKind[kind] ?? 0) + statSync(file).size;
  }
  const pagefind = files(join(dist, 'pagefind'));
  return {
    totalBytes: sum(all.map((f) => statSync(f).size)),
    byKind,
    htmlPages: all.filter((f) => f.endsWith('.html')).length,
    pagefindBytes: sum(pagefind.map((f) => statSync(f).size)),
    pagefindFiles: pagefind.length,
  };
}
