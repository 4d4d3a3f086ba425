/**
 * This build's shard (lib/build/shard.ts), for the page routes and the content
 * config: which of the site's pages it renders. Without `--shard` a build owns
 * every page.
 */
import { PNG_SIZES } from '../charts/png.ts';
import { chartPaths, siteCharts } from '../charts/site-charts.ts';
import { reportSlugs } from '../data/files.ts';
import { routes } from '../routes.ts';
import { pageShard, shardOfArgs, type Shard, type ShardPlan } from './shard.ts';

let plan: { shard: Shard; plan: ShardPlan } | null | undefined;

function current(): { shard: Shard; plan: ShardPlan } | null {
  if (plan !== undefined) return plan;
  const shard = shardOfArgs();
  plan = shard
    ? {
        shard,
        plan: {
          count: shard.count,
          reports: reportSlugs(),
          charts: () => siteCharts().map((c) => c.spec.id),
          chartFileSuffixes: Object.values(PNG_SIZES).map((s) => s.suffix),
        },
      }
    : null;
  return plan;
}

/** The shard this build writes, or undefined for a whole build. */
export const buildShard = (): Shard | undefined => current()?.shard;

/** Whether this build writes the file at this path of the site. */
export function ownsPath(path: string): boolean {
  const found = current();
  return !found || pageShard(found.plan, path) === found.shard.index;
}

/** The items of a route this build renders, each known by the path it writes. */
export function ownPaths<T>(items: T[], path: (item: T) => string): T[] {
  return current() ? items.filter((item) => ownsPath(path(item))) : items;
}

/** The charts this build draws: each chart's page, files and embed go with the chart (chart routes share these paths). */
export const ownChartPaths = () => ownPaths(chartPaths(), (p) => routes.chart(p.params.id));
