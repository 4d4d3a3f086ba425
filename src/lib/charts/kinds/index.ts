/**
 * The chart kinds, one file each: adding a kind is its file and one line here. The kind type and the values data/charts.csv
 * accepts in its `kind` column are derived from this list.
 */
import { comparison } from './comparison.ts';
import { composition } from './composition.ts';
import type { ChartKindDefinition } from './kind.ts';
import { target } from './target.ts';
import { timeSeries } from './time-series.ts';

export const KINDS = {
  comparison,
  'time-series': timeSeries,
  composition,
  target,
} as const satisfies Record<string, ChartKindDefinition>;

export type ChartKind = keyof typeof KINDS;
export const CHART_KINDS = Object.keys(KINDS) as [ChartKind, ...ChartKind[]];
