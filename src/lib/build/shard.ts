/**
 * A build split across machines (`npm run build -- --shard i/n`): each shard
 * writes a disjoint share of the site into shards/i-of-n/, and `npm run merge`
 * joins them (lib/build/merge.ts). Reports are dealt out in turn, in the order
 * of their slugs, and each chart to a shard in turn too (their images are most
 * of the drawing); every other page (lists, indicators, areas, data, search,
 * the sitemap) goes to the first shard. One function, `pageShard`, says which
 * shard owns a written file; the page routes ask it so that no shard renders
 * what it will not keep, and the shard's output keeps only what it owns.
 */
export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/** "2/4" → shard 2 of 4; anything else is refused with what to write. */
export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count)
    throw new Error(`--shard ${text}: cần dạng i/n với 1 ≤ i ≤ n (ví dụ --shard 1/4 là phần thứ nhất trong bốn phần).`);
  return { index, count };
}

/** The shard a build was asked for: `--shard i/n` or `--shard=i/n` on its command line (`npm run build -- --shard i/n`). */
export function shardOfArgs(argv: readonly string[] = process.argv): Shard | undefined {
  const at = argv.findIndex((a) => a === '--shard' || a.startsWith('--shard='));
  if (at < 0) return undefined;
  const value = argv[at]!.includes('=') ? argv[at]!.slice('--shard='.length) : argv[at + 1];
  return parseShard(value ?? '');
}

/** The folder a shard writes into, under the project: "shards/2-of-4". */
export const shardDir = ({ index, count }: Shard) => `shards/${index}-of-${count}`;
/** "2-of-4" → shard 2 of 4; undefined for any other folder name. */
export function shardOfDir(name: string): Shard | undefined {
  const match = /^(\d+)-of-(\d+)$/.exec(name);
  return match ? { index: Number(match[1]), count: Number(match[2]) } : undefined;
}

/** Built assets (/_astro/, hashed names) come out of every shard's compile, the same bytes in each: every shard keeps them, the merge checks they agree. */
export const SHARED_ASSETS = '/_astro/';

/** What decides ownership: the report slugs and chart ids of the whole site, in any order. */
export interface ShardPlan {
  count: number;
  reports: readonly string[];
  /** Asked only for a chart's path: the content config deals reports without drawing any chart. */
  charts: () => readonly string[];
  /** What a chart's file names add to its id ("-in" in "x-in.png"): lib/charts/png.ts, PNG_SIZES. */
  chartFileSuffixes: readonly string[];
}

/** Ids dealt out in turn, in sorted order: shard 1 takes the first, shard 2 the second… */
const dealt = (ids: readonly string[], count: number) => new Map([...ids].sort().map((id, i) => [id, (i % count) + 1]));
const reportsDealt = new WeakMap<ShardPlan, Map<string, number>>();
const chartsDealt = new WeakMap<ShardPlan, Map<string, number>>();

function memo(cache: WeakMap<ShardPlan, Map<string, number>>, plan: ShardPlan, ids: () => readonly string[]): Map<string, number> {
  let found = cache.get(plan);
  if (!found) cache.set(plan, (found = dealt(ids(), plan.count)));
  return found;
}

/** A chart's id from the name of one of its files: "x-in.png" → "x", "x.svg" → "x". */
function chartOfFile(name: string, charts: Map<string, number>, suffixes: readonly string[]): string | undefined {
  const stem = name.replace(/\.(png|svg|csv)$/, '');
  if (stem === name) return undefined;
  return [stem, ...suffixes.map((suffix) => (suffix && stem.endsWith(suffix) ? stem.slice(0, -suffix.length) : ''))].find((id) =>
    charts.has(id),
  );
}

/**
 * The shard that owns a written file, by its path in the site ("/bao-cao/x/index.html"):
 * a report's page and files and its preview card go with the report, a chart's page,
 * files and embed with the chart, the rest with the first shard.
 */
export function pageShard(plan: ShardPlan, path: string): number {
  const [, section, name = ''] = path.split('/');
  if (section === 'bao-cao' || section === 'og') {
    const reports = memo(reportsDealt, plan, () => plan.reports);
    const report = section === 'og' ? /^bao-cao-(.+)\.png$/.exec(name)?.[1] : name;
    if (report && reports.has(report)) return reports.get(report)!;
  }
  if (section === 'nhung' || section === 'bieu-do') {
    const charts = memo(chartsDealt, plan, plan.charts);
    if (section === 'nhung' && charts.has(name)) return charts.get(name)!;
    const chart = section === 'bieu-do' && (charts.has(name) ? name : chartOfFile(name, charts, plan.chartFileSuffixes));
    if (chart) return charts.get(chart)!;
  }
  return 1;
}
