/** Measurements for `npm run bench`, each a function anyone can rerun. */
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
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

/** Resident memory of a process and each of its descendants by name (Linux /proc), in bytes; empty where /proc is missing. */
function treeRss(root: number): Map<string, number> {
  const byName = new Map<string, number>();
  if (!existsSync('/proc')) return byName;
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // /proc/<pid>/stat: "pid (comm) state ppid …"; comm may hold spaces, so read after the last ")".
      const ppid = Number(readFileSync(`/proc/${name}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended while we read.
    }
  }
  for (const pids = [root]; pids.length; ) {
    const pid = pids.pop()!;
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const name = /^Name:\s+(.*)$/m.exec(status)?.[1] ?? String(pid);
      byName.set(name, (byName.get(name) ?? 0) + Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024);
    } catch {
      // Ended.
    }
    pids.push(...(children.get(pid) ?? []));
  }
  return byName;
}

export interface Measured {
  seconds: number;
  peakRssBytes: number;
  peakRssByProcess: Record<string, number>;
}

/**
 * Run `astro build` in a project directory (with more arguments: `--shard 1/4`): wall-clock seconds and the peak
 * resident memory of the build with everything it starts (Pagefind's
 * indexer runs as a child process), sampled every 200 ms; and each process's
 * own peak by name ("node", "pagefind_extended"…), to tell which step holds the memory.
 */
export function measuredBuild(cwd: string, env: NodeJS.ProcessEnv = {}, args: string[] = []): Promise<Measured> {
  return measuredRun(cwd, [join(cwd, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent', ...args], env);
}

/** The same for any Node script of the project (`src/cli/merge.ts`). */
export async function measuredRun(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Measured> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } });
  let peak = 0;
  const byProcess: Record<string, number> = {};
  const timer = setInterval(() => {
    const rss = treeRss(child.pid!);
    peak = Math.max(peak, sum([...rss.values()]));
    for (const [name, bytes] of rss) byProcess[name] = Math.max(byProcess[name] ?? 0, bytes);
  }, 200);
  const code = await new Promise<number | null>((done) => child.on('close', done));
  clearInterval(timer);
  if (code !== 0) throw new Error(`${args.slice(0, 3).join(' ')} in ${cwd} failed (exit ${code})`);
  return { seconds: (performance.now() - started) / 1000, peakRssBytes: peak, peakRssByProcess: byProcess };
}

export const PAGE_LIMIT_BYTES = 2 ** 20;

/** The biggest of these files, as its path in the site and its size: the page that grows first with the archive. */
function largest(paths: string[], dist: string): { path: string; bytes: number } {
  return paths.map((f) => ({ path: f.slice(dist.length), bytes: statSync(f).size })).reduce((a, b) => (b.bytes > a.bytes ? b : a), { path: '', bytes: 0 });
}

/** One hash of every file's path and bytes under a directory: equal digests, byte-identical trees. */
export function distDigest(dir: string): string {
  const hash = createHash('sha256');
  for (const file of files(dir).sort()) hash.update(`${file.slice(dir.length)}\0`).update(readFileSync(file)).update('\0');
  return hash.digest('hex');
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
    largestPage: largest(all.filter((f) => f.endsWith('.html')), dist),
    /** Pages over 1 MB: none may be (no page holds everything). */
    pagesOver1MB: all.filter((f) => f.endsWith('.html') && statSync(f).size > PAGE_LIMIT_BYTES).map((f) => f.slice(dist.length)),
    pagefindBytes: sum(pagefind.map((f) => statSync(f).size)),
    pagefindFiles: pagefind.length,
  };
}
