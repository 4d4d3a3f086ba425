/**
 * The site's charts: editorial specs from data/charts.csv and the charts the
 * rules draw for every other indicator with something to show, all checked
 * against the data the same way, modelled and drawn once per build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../data/csv.ts';
import { defaultPaths } from '../data/dataset.ts';
import type { DataIssue } from '../data/errors.ts';
import { siteData, type SiteData } from '../data/site-data.ts';
import { buildChartModel, describeChart } from './build-model.ts';
import type { ChartModel } from './model.ts';
import { chartImages, type ChartImages } from './images.ts';
import { ruleCharts, type ChartReason } from './rules.ts';
import { chartSpecSchema, checkChartSpec, type ChartSpec } from './spec.ts';

export interface SiteChart {
  spec: ChartSpec;
  /** Written by an editor (data/charts.csv) or drawn by the rules (rules.ts). */
  origin: 'editorial' | 'rule';
  model: ChartModel;
  description: string;
  images: ChartImages;
}

export interface LoadedCharts {
  charts: SiteChart[];
  /** Why figures of an indicator are drawn by no chart, by indicator. */
  reasons: Map<string, ChartReason[]>;
  issues: DataIssue[];
}

function editorialSpecs(dataDir: string): { specs: { line: number; spec: ChartSpec }[]; issues: DataIssue[] } {
  const file = 'data/charts.csv';
  const path = join(dataDir, 'charts.csv');
  if (!existsSync(path)) return { specs: [], issues: [{ file, row: 0, message: 'thiếu tệp', fix: 'tạo data/charts.csv' }] };
  const { rows, issues } = parseCsv(readFileSync(path, 'utf8'), file, chartSpecSchema);
  const seen = new Set<string>();
  for (const { line, value } of rows) {
    if (seen.has(value.id)) issues.push({ file, row: line, column: 'id', message: `id "${value.id}" trùng`, fix: 'đặt id khác' });
    seen.add(value.id);
  }
  return { specs: rows.map((r) => ({ line: r.line, spec: r.value })), issues };
}

export function loadCharts(data: SiteData, dataDir = defaultPaths().dataDir): LoadedCharts {
  const editorial = editorialSpecs(dataDir);
  const issues = [...editorial.issues];
  const charts: SiteChart[] = [];
  const add = (spec: ChartSpec, origin: SiteChart['origin']) => {
    const model = buildChartModel(spec, data);
    const description = describeChart(model);
    // Drawn when a page first asks: validation, which loads every chart before the build, never draws one.
    let images: ChartImages | undefined;
    charts.push({
      spec,
      origin,
      model,
      description,
      get images() {
        return (images ??= chartImages(model, description));
      },
    });
  };
  const accepted: ChartSpec[] = [];
  for (const { line, spec } of editorial.specs) {
    const problems = checkChartSpec(spec, data);
    for (const message of problems)
      issues.push({
        file: 'data/charts.csv',
        row: line,
        message,
        fix: 'sửa mã số liệu, cách vẽ hoặc ghi khác biệt (cột differences) trong data/charts.csv',
      });
    if (problems.length) continue;
    accepted.push(spec);
    add(spec, 'editorial');
  }
  const rules = ruleCharts(data, accepted);
  for (const spec of rules.specs) {
    // A rule that drafts a chart the checks refuse is a bug in the rules, not in the data: stop the build all the same.
    const problems = checkChartSpec(spec, data);
    for (const message of problems)
      issues.push({ file: 'src/lib/charts/rules.ts', row: 0, message, fix: 'sửa quy tắc vẽ (hoặc dữ liệu của các số liệu được nêu)' });
    if (!problems.length) add(spec, 'rule');
  }
  return { charts, reasons: rules.reasons, issues };
}

let cached: LoadedCharts | undefined;
const loaded = () => (cached ??= loadCharts(siteData()));

export function siteCharts(): SiteChart[] {
  return loaded().charts;
}

/** Why these figures of an indicator are drawn by no chart. */
export function chartReasons(indicatorId: string): ChartReason[] {
  return loaded().reasons.get(indicatorId) ?? [];
}

/** Static paths shared by every route of a chart (page, embed, SVG, CSV, PNG): one entry per chart. */
export function chartPaths() {
  return siteCharts().map((chart) => ({ params: { id: chart.spec.id }, props: { chart } }));
}

/** The charts that draw at least one of these observations: shown on the pages of their areas and indicators. */
export function chartsDrawing(observationIds: ReadonlySet<string>): SiteChart[] {
  return siteCharts().filter((chart) => chart.model.data.some((d) => observationIds.has(d.observationId)));
}
