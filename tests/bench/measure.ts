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

/** Clock ticks per second of /proc/<pid>/stat's CPU times (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

interface Sample {
  /** Resident memory by process name, in bytes. */
  rss: Map<string, number>;
  /** CPU seconds (user + system, all threads) each process has used so far, by pid. */
  cpu: Map<number, number>;
}

/** Resident memory and CPU time of a process and each of its descendants (Linux /proc); empty where /proc is missing. */
function sampleTree(root: number): Sample {
  const sample: Sample = { rss: new Map(), cpu: new Map() };
  if (!existsSync('/proc')) return sample;
  const children = new Map<number, number[]>();
  const stats = new Map<number, string[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // /proc/<pid>/stat: "pid (comm) state ppid …"; comm may hold spaces, so read after the last ")".
      const fields = readFileSync(`/proc/${name}/stat`, 'utf8').split(') ')[1]!.split(' ');
      stats.set(Number(name), fields);
      const ppid = Number(fields[1]);
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
      sample.rss.set(name, (sample.rss.get(name) ?? 0) + Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024);
      // utime and stime, the 14th and 15th fields of stat (11th and 12th after the command name).
      const fields = stats.get(pid);
      if (fields) sample.cpu.set(pid, (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND);
    } catch {
      // Ended.
    }
    pids.push(...(children.get(pid) ?? []));
  }
  return sample;
}

export interface Measured {
  seconds: number;
  /**
   * CPU seconds the run and everything it started used (user + system, every thread), as last sampled: unlike
   * wall-clock seconds, barely changed by other work on a shared machine, so runs under different loads compare.
   */
  cpuSeconds: number;
  peakRssBytes: number;
  peakRssByProcess: Record<string, number>;
  /** Seconds from the start until each of the given marks first appeared in the output, in the order given; a mark that never appeared is left out. */
  marks: Record<string, number>;
}

/** The lines of `astro build` output that end each step of a build, in order: the bench times each step. */
export const BUILD_MARKS: [string, RegExp][] = [
  ['validated', /\[bao-cao-mo:validate-data\] \d/],
  ['bundled', /\[vite\] .*built in/],
  ['rendered', /^(?!.*\[build\]).*✓ Completed in/],
  ['indexed', /\[bao-cao-mo:search-index\] Pagefind/],
  ['published', /\[bao-cao-mo:publish-swap\]/],
];

/**
 * Run `astro build` in a project directory (with more arguments: `--shard 1/4`): wall-clock seconds and the peak
 * resident memory of the build with everything it starts (Pagefind's
 * indexer runs as a child process), sampled every 200 ms; and each process's
 * own peak by name ("node", "pagefind_extended"…), to tell which step holds the memory.
 */
export function measuredBuild(cwd: string, env: NodeJS.ProcessEnv = {}, args: string[] = []): Promise<Measured> {
  return measuredRun(cwd, [join(cwd, 'node_modules/astro/bin/astro.mjs'), 'build', ...args], env, BUILD_MARKS);
}

/** The same for any Node script of the project (`src/cli/merge.ts`); with marks, its output is read for them (see Measured.marks). */
export async function measuredRun(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}, marks: [string, RegExp][] = []): Promise<Measured> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', marks.length ? 'pipe' : 'ignore', 'inherit'], env: { ...process.env, ...env } });
  const seen: Record<string, number> = {};
  let next = 0;
  let pending = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    const lines = (pending + chunk).split('\n');
    pending = lines.pop()!;
    for (const line of lines) {
      // A later step's mark may come first when an earlier step is skipped (a shard has no search index).
      const found = marks.findIndex(([, pattern], i) => i >= next && pattern.test(line));
      if (found < 0) continue;
      seen[marks[found]![0]] = Number(((performance.now() - started) / 1000).toFixed(1));
      next = found + 1;
    }
  });
  let peak = 0;
  const byProcess: Record<string, number> = {};
  const cpu = new Map<number, number>();
  const timer = setInterval(() => {
    const sample = sampleTree(child.pid!);
    peak = Math.max(peak, sum([...sample.rss.values()]));
    for (const [name, bytes] of sample.rss) byProcess[name] = Math.max(byProcess[name] ?? 0, bytes);
    for (const [pid, seconds] of sample.cpu) cpu.set(pid, Math.max(cpu.get(pid) ?? 0, seconds));
  }, 200);
  const code = await new Promise<number | null>((done) => child.on('close', done));
  clearInterval(timer);
  if (code !== 0) throw new Error(`${args.slice(0, 3).join(' ')} in ${cwd} failed (exit ${code})`);
  return { seconds: (performance.now() - started) / 1000, cpuSeconds: sum([...cpu.values()]), peakRssBytes: peak, peakRssByProcess: byProcess, marks: seen };
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
