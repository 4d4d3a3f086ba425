/**
 * The validated dataset for pages and endpoints, loaded once per build.
 * Pages never see invalid data: the build stops first (see integrations/validate-data.ts).
 */
import { checkConsistency, type DataNote } from './consistency.ts';
import { loadDataset, type Dataset } from './dataset.ts';
import { DataValidationError } from './errors.ts';
import type { Indicator } from './indicators.ts';
import type { Observation } from './observations.ts';

export interface SiteData extends Dataset {
  notes: DataNote[];
  indicatorById: Map<string, Indicator>;
  observationById: Map<string, Observation>;
  observationsByIndicator: Map<string, Observation[]>;
}

let cached: SiteData | undefined;

export function loadValidatedData(): SiteData {
  const { dataset, issues } = loadDataset();
  if (issues.length) throw new DataValidationError(issues);
  const observationsByIndicator = new Map<string, Observation[]>();
  for (const o of dataset.observations) observationsByIndicator.set(o.indicator, [...(observationsByIndicator.get(o.indicator) ?? []), o]);
  return {
    ...dataset,
    notes: checkConsistency(dataset.observations),
    indicatorById: new Map(dataset.indicators.map((i) => [i.id, i])),
    observationById: new Map(dataset.observations.map((o) => [o.id, o])),
    observationsByIndicator,
  };
}

export function siteData(): SiteData {
  cached ??= loadValidatedData();
  return cached;
}
