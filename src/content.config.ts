import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { REPORTS_DIR } from './lib/data/files.ts';
import { siteData } from './lib/data/site-data.ts';
import { reportSchema } from './lib/reports/schema.ts';

const areaIds = new Set(siteData().areas.map((a) => a.id));

const reports = defineCollection({
  loader: glob({ pattern: '*.mdx', base: REPORTS_DIR }),
  schema: reportSchema.refine((r) => r.areas.every((a) => areaIds.has(a)), {
    message: 'areas phải là id có trong data/areas.csv',
    path: ['areas'],
  }),
});

export const collections = { reports };
