/**
 * The validated dataset for pages and endpoints, loaded once per build.
 * Pages never see invalid data: the build stops first (see integrations/validate-data.ts).
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { groupBy } from '../group.ts';
import { checkConsistency, type DataNote } from './consistency.ts';
import { parseEditionFiles } from '../edition/parse-parallel.ts';
import { defaultPaths, loadDataset, type DataPaths, type Dataset } from './dataset.ts';
import { DataValidationError } from './errors.ts';
import { DATA_DIR, REPORTS_DIR } from './files.ts';
import type { Indicator } from './indicators.ts';
import type { Observation } from './observations.ts';

export interface SiteData extends Dataset {
  notes: DataNote[];
  indicatorById: Map<string, Indicator>;
  observationById: Map<string, Observation>;
  observationsByIndicator: Map<string, Observation[]>;
  observationsByReport: Map<string, Observation[]>;
}

/** The state of every table and edition: a changed file is read again. */
function filesKey(): string {
  return [DATA_DIR, REPORTS_DIR]
    .flatMap((dir) => readdirSync(dir).filter((f) => /\.(csv|mdx)$/.test(f)).map((f) => join(dir, f)))
    .map((path) => {
      const stat = statSync(path);
      return `${path}:${stat.mtimeMs}:${stat.size}`;
    })
    .join('\n');
}

/**
 * Astro loads this module more than once in one build (the validating
 * integration, the content config, the pages), and each copy would parse
 * every edition again; the process-wide cache makes it once per build.
 */
const CACHE = Symbol.for('bao-cao-mo.site-data');
const store = globalThis as { [CACHE]?: { key: string; data: SiteData } };

export function loadValidatedData(parsed?: DataPaths['parsed']): SiteData {
  const key = filesKey();
  if (store[CACHE]?.key === key) return store[CACHE].data;
  const { dataset, issues } = loadDataset({ ...defaultPaths(), parsed });
  if (issues.length) throw new DataValidationError(issues);
  const data: SiteData = {
    ...dataset,
    notes: checkConsistency(dataset.observations),
    indicatorById: new Map(dataset.indicators.map((i) => [i.id, i])),
    observationById: new Map(dataset.observations.map((o) => [o.id, o])),
    observationsByIndicator: groupBy(dataset.observations, (o) => o.indicator),
    observationsByReport: groupBy(dataset.observations, (o) => o.report),
  };
  store[CACHE] = { key, data };
  return data;
}

/** The same, with the editions parsed on every core first: what the build validates with. */
export async function loadValidatedDataInParallel(): Promise<SiteData> {
  const files = readdirSync(REPORTS_DIR)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => join(REPORTS_DIR, f));
  return loadValidatedData(await parseEditionFiles(files));
}

let cached: SiteData | undefined;

export function siteData(): SiteData {
  cached ??= loadValidatedData();
  return cached;
}
