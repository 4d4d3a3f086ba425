/**
 * Chart specifications (data/charts.csv): which observations a chart shows
 * and how. The model builder turns a spec and the dataset into a ChartModel,
 * adding the notes honesty requires: different periods, approximate values,
 * definitions that differ between areas.
 */
import { z } from 'zod';
import { areaLabel } from '../data/areas.ts';
import { paragraphPath } from '../data/citation.ts';
import { comparabilityLevels } from '../data/indicators.ts';
import type { Observation } from '../data/observations.ts';
import type { SiteData } from '../data/site-data.ts';
import { formatPeriod, periodYears } from '../numbers/format.ts';
import { slugPattern } from '../reports/schema.ts';
import { SITE_URL, SITE_NAME } from '../site.ts';
import { viLocale } from './format.ts';
import type { ChartDatum, ChartModel } from './model.ts';

const idList = z.string().transform((s) => s.split(/\s+/).filter(Boolean));

export const chartSpecSchema = z.object({
  id: z.string().regex(slugPattern),
  kind: z.enum(['comparison', 'time-series', 'composition', 'target']),
  title: z.string().min(5),
  subtitle: z.string().min(5),
  observations: idList.refine((ids) => ids.length >= 2, 'cần ít nhất 2 số liệu'),
  annotations: idList,
  rate: z.enum(['', 'per-year', 'per-1000-members']),
  denominators: idList,
  notes: z.string().transform((s) => s.split('|').map((n) => n.trim()).filter(Boolean)),
  featured: z.enum(['', 'yes']),
});
export type ChartSpec = z.output<typeof chartSpecSchema>;

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

/** A value as a chart label: "11.361", "92,1%", "27,6 tỷ", "0,19‰". */
export function chartValueLabel(value: number, unit: string): string {
  if (unit === '%' || unit === '‰') return `${viLocale.format(',.3~f')(value)}${unit}`;
  if (unit === 'đồng' && Math.abs(value) >= 1e9) return `${viLocale.format(',.3~f')(value / 1e9)} tỷ`;
  if (unit === 'đồng' && Math.abs(value) >= 1e6) return `${viLocale.format(',.3~f')(value / 1e6)} triệu`;
  return viLocale.format(',.3~f')(value);
}

/** Problems a spec can have against the data, as messages naming the chart. */
export function checkChartSpec(spec: ChartSpec, data: SiteData): string[] {
  const problems: string[] = [];
  const known = (id: string) => data.observationById.has(id);
  for (const column of ['observations', 'annotations', 'denominators'] as const) {
    for (const id of spec[column]) if (!known(id)) problems.push(`biểu đồ ${spec.id}: cột ${column} có số liệu "${id}" không tồn tại`);
  }
  if (problems.length) return problems;
  const observations = spec.observations.map((id) => data.observationById.get(id)!);
  const units = new Set(observations.map((o) => o.unit));
  if (units.size > 1) problems.push(`biểu đồ ${spec.id}: các số liệu khác đơn vị (${[...units].join(', ')})`);
  if (spec.annotations.length && spec.annotations.length !== observations.length) problems.push(`biểu đồ ${spec.id}: annotations phải có đúng ${observations.length} mã (mỗi cột một mã)`);
  if (spec.rate === 'per-1000-members' && spec.denominators.length !== observations.length) problems.push(`biểu đồ ${spec.id}: cần một số đảng viên (denominators) cho mỗi số liệu`);
  if (spec.rate === 'per-year' && observations.some((o) => !periodYears(o))) problems.push(`biểu đồ ${spec.id}: tính bình quân năm cần kỳ (period_start, period_end) cho mọi số liệu`);
  if (spec.kind === 'target' && observations.some((o) => o.denominator === undefined)) problems.push(`biểu đồ ${spec.id}: biểu đồ chỉ tiêu cần số liệu dạng "đạt/chỉ tiêu" (a/b)`);
  return problems;
}

function itemLabel(spec: ChartSpec, o: Observation, data: SiteData): string {
  const area = capitalise(areaLabel(data.areas.find((a) => a.id === o.area)!));
  if (spec.kind === 'time-series') return o.periodStart && o.periodStart === o.periodEnd ? o.periodStart : o.category || formatPeriod(o);
  if (spec.kind === 'composition') return capitalise(o.category || data.indicatorById.get(o.indicator)!.name);
  if (spec.kind === 'target') return o.category ? capitalise(o.category) : area;
  return o.category ? `${area}: ${o.category}` : area;
}

export function buildChartModel(spec: ChartSpec, data: SiteData): ChartModel {
  const observations = spec.observations.map((id) => data.observationById.get(id)!);
  const unit = observations[0]!.unit;
  const indicators = [...new Set(observations.map((o) => o.indicator))].map((id) => data.indicatorById.get(id)!);
  const notes = [...spec.notes];
  const total = spec.kind === 'composition' ? observations.reduce((s, o) => s + o.value, 0) : 0;

  const items: ChartDatum[] = observations.map((o, i) => {
    let value = o.value;
    let annotation: string | undefined;
    if (spec.rate === 'per-year') {
      const years = periodYears(o)!;
      value = o.value / years;
      annotation = `${o.printed} trong ${viLocale.format(',.2~f')(years)} năm`;
    } else if (spec.rate === 'per-1000-members') {
      const members = data.observationById.get(spec.denominators[i]!)!;
      value = (o.value / members.value) * 1000;
      annotation = `${o.printed} trên ${members.printed} đảng viên`;
    }
    if (spec.annotations[i]) annotation = data.observationById.get(spec.annotations[i]!)!.printed.replace(/^(\d)/, 'đạt $1');
    const shownValue = spec.kind === 'target' ? o.numerator! : value;
    let valueLabel = `${o.qualifier ? `${o.qualifier} ` : ''}${chartValueLabel(shownValue, unit)}`;
    if (spec.kind === 'composition') valueLabel += ` (${viLocale.format(',.1~f')((o.value / total) * 100)}%)`;
    if (spec.kind === 'target') valueLabel = `${o.printed} (${viLocale.format(',.1~f')((o.numerator! / o.denominator!) * 100)}%)`;
    return {
      observationId: o.id,
      label: itemLabel(spec, o, data),
      sublabel: spec.kind === 'time-series' ? undefined : formatPeriod(o),
      value: spec.kind === 'target' ? o.numerator! : value,
      valueLabel,
      target: spec.kind === 'target' ? o.denominator : undefined,
      targetLabel: spec.kind === 'target' ? `chỉ tiêu ${chartValueLabel(o.denominator!, unit)}` : undefined,
      annotation,
      href: paragraphPath(o),
    };
  });

  const periods = new Set(observations.map((o) => formatPeriod(o)));
  if (spec.kind === 'comparison' && periods.size > 1) {
    notes.unshift(`Kỳ số liệu khác nhau giữa các cột (ghi dưới tên mỗi cột)${spec.rate === 'per-year' ? '; số liệu đã quy về bình quân mỗi năm của kỳ' : ': không so sánh trực tiếp độ lớn'}.`);
  }
  if (new Set(observations.map((o) => o.area)).size > 1) {
    for (const indicator of indicators) {
      if (indicator.comparability !== 'comparable') notes.push(`${indicator.name}: ${comparabilityLevels[indicator.comparability].toLowerCase()}${indicator.comparability_note ? ` (${indicator.comparability_note})` : ''}.`);
    }
  }
  if (observations.some((o) => o.qualifier)) notes.push('Giá trị có chữ “trên”, “hơn”, “gần”, “khoảng” là con số gần đúng như văn bản in.');
  if (spec.kind === 'target') notes.push('Vạch đỏ là chỉ tiêu; thanh xanh là kết quả đạt được.');

  const reports = [...new Set(observations.map((o) => o.report))].map((slug) => data.reports.get(slug)!.meta);
  const valueLabel = spec.rate === 'per-year' ? `${unit} mỗi năm (bình quân)` : spec.rate === 'per-1000-members' ? `${unit} trên 1.000 đảng viên` : unit === 'đồng' ? 'đồng' : unit;
  return {
    id: spec.id,
    kind: spec.kind,
    title: spec.title,
    subtitle: spec.subtitle,
    unit: spec.rate === 'per-1000-members' ? '' : unit,
    valueLabel,
    data: items,
    notes,
    sources: reports.map((r) => `${r.issuer}, ${r.shortTitle}`),
    credit: `${SITE_NAME} · ${SITE_URL.replace(/^https?:\/\//, '')}/bieu-do/${spec.id}/`,
  };
}

/** A sentence for screen readers: what the chart shows, item by item. */
export function describeChart(model: ChartModel): string {
  const items = model.data.map((d) => `${d.label}${d.sublabel ? ` (${d.sublabel})` : ''}: ${d.valueLabel}${d.target !== undefined ? `, ${d.targetLabel}` : ''}${d.annotation ? `, ${d.annotation}` : ''}`);
  return `${model.subtitle}. ${items.join('; ')}.`;
}
