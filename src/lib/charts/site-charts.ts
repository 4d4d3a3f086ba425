/** The site's charts: specs from data/charts.csv, checked against the data, drawn once per build. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../data/csv.ts';
import { defaultPaths } from '../data/dataset.ts';
import type { DataIssue } from '../data/errors.ts';
import { siteData, type SiteData } from '../data/site-data.ts';
import type { ChartModel } from './model.ts';
import { renderChart, type RenderedChart } from './render.ts';
import { buildChartModel, chartSpecSchema, checkChartSpec, describeChart, type ChartSpec } from './spec.ts';

export interface SiteChart {
  spec: ChartSpec;
  model: ChartModel;
  description: string;
  rendered: RenderedChart;
}

export function loadCharts(data: SiteData, dataDir = defaultPaths().dataDir): { charts: SiteChart[]; issues: DataIssue[] } {
  const file = 'data/charts.csv';
  const path = join(dataDir, 'charts.csv');
  if (!existsSync(path)) return { charts: [], issues: [{ file, row: 0, message: 'thiếu tệp', fix: 'tạo data/charts.csv' }] };
  const { rows, issues } = parseCsv(readFileSync(path, 'utf8'), file, chartSpecSchema);
  const charts: SiteChart[] = [];
  const seen = new Set<string>();
  for (const { line, value: spec } of rows) {
    if (seen.has(spec.id)) issues.push({ file, row: line, column: 'id', message: `id "${spec.id}" trùng`, fix: 'đặt id khác' });
    seen.add(spec.id);
    const problems = checkChartSpec(spec, data);
    for (const message of problems) issues.push({ file, row: line, message, fix: 'sửa mã số liệu hoặc cách vẽ trong data/charts.csv' });
    if (problems.length) continue;
    const model = buildChartModel(spec, data);
    const description = describeChart(model);
    charts.push({ spec, model, description, rendered: renderChart(model, description) });
  }
  return { charts, issues };
}

let cached: SiteChart[] | undefined;
export function siteCharts(): SiteChart[] {
  cached ??= loadCharts(siteData()).charts;
  return cached;
}

/** Static paths shared by every route of a chart (page, embed, SVG, CSV, PNG): one entry per chart. */
export function chartPaths() {
  return siteCharts().map((chart) => ({ params: { id: chart.spec.id }, props: { chart } }));
}

/** The charts that draw at least one of these observations: shown on the pages of their areas and indicators. */
export function chartsDrawing(observationIds: ReadonlySet<string>): SiteChart[] {
  return siteCharts().filter((chart) => chart.model.data.some((d) => observationIds.has(d.observationId)));
}
