import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { buildShard, ownsPath } from './lib/build/site-shard.ts';
import { REPORTS_DIR, reportSlugs } from './lib/data/files.ts';
import { siteData } from './lib/data/site-data.ts';
import { reportSchema } from './lib/reports/schema.ts';
import { routes } from './lib/routes.ts';

const areaIds = new Set(siteData().areas.map((a) => a.id));

const reports = defineCollection({
  // A shard compiles only its own reports (lib/build/shard.ts): each MDX edition is compiled and held in the build, so that bounds its time and memory.
  loader: glob({
    pattern: buildShard()
      ? reportSlugs()
          .filter((slug) => ownsPath(routes.report(slug)))
          .map((slug) => `${slug}.mdx`)
      : '*.mdx',
    base: REPORTS_DIR,
  }),
  schema: reportSchema.refine((r) => r.areas.every((a) => areaIds.has(a)), {
    message: 'areas phải là id có trong data/areas.csv',
    path: ['areas'],
  }),
});

export const collections = { reports };
