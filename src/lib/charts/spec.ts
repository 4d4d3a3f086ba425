/**
 * Chart specifications (data/charts.csv): which observations a chart shows
 * and how. The model builder turns a spec and the dataset into a ChartModel,
 * adding the notes honesty requires: different periods, approximate values,
 * definitions that differ between areas.
 */
import { z } from 'zod';
import { areaTitle } from '../data/areas.ts';
import { paragraphPath } from '../data/citation.ts';
import { comparabilityLevels } from '../data/indicators.ts';
import type { Observation } from '../data/observations.ts';
import type { SiteData } from '../data/site-data.ts';
import { formatNumber, formatPeriod, formatShare, periodYears } from '../numbers/format.ts';
import { slugPattern } from '../reports/schema.ts';
import { displayUrl, routes } from '../routes.ts';
import { SITE_NAME } from '../site.ts';
import { capitalise } from '../text/case.ts';
import type { ChartDatum, ChartModel } from './model.ts';

const idList = z.string().transform((s) => s.split(/\s+/).filter(Boolean));

export const chartSpecSchema = z.object({
  id: z.string().regex(slugPattern),
  kind: z.enum(['comparison', 'time-series', 'composition', 'target']),
  title: z.string().min(5),
  subtitle: z.string().min(5),
  observations: idList.refine((ids) => ids.length >= 2, 'cần ít nhất 2 số liệu'),
  annotations: idList,
  rate: z.enum(['', 'per-year', 'per-1000-members', 'per-year-per-1000-members']),
  denominators: idList,
  notes: z.string().transform((s) =>
    s
      .split('|')
      .map((n) => n.trim())
      .filter(Boolean),
  ),
  featured: z.enum(['', 'yes']),
});
export type ChartSpec = z.output<typeof chartSpecSchema>;

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
  // Targets of different units are drawn as shares of their targets, so only they may mix units.
  if (units.size > 1 && spec.kind !== 'target') problems.push(`biểu đồ ${spec.id}: các số liệu khác đơn vị (${[...units].join(', ')})`);
  if (spec.annotations.length && spec.annotations.length !== observations.length)
    problems.push(`biểu đồ ${spec.id}: annotations phải có đúng ${observations.length} mã (mỗi cột một mã)`);
  const perMembers = spec.rate === 'per-1000-members' || spec.rate === 'per-year-per-1000-members';
  const perYear = spec.rate === 'per-year' || spec.rate === 'per-year-per-1000-members';
  if (perMembers && spec.denominators.length !== observations.length)
    problems.push(`biểu đồ ${spec.id}: cần một số đảng viên (denominators) cho mỗi số liệu`);
  if (perYear && observations.some((o) => !periodYears(o)))
    problems.push(`biểu đồ ${spec.id}: tính bình quân năm cần kỳ (period_start, period_end) cho mọi số liệu`);
  if (spec.kind === 'target' && observations.some((o) => o.denominator === undefined))
    problems.push(`biểu đồ ${spec.id}: biểu đồ chỉ tiêu cần số liệu dạng "đạt/chỉ tiêu" (a/b)`);
  return problems;
}

/** Yearly series and one-area targets are labelled by their year ("2019"). */
const singleYear = (o: Observation) => (o.periodStart && o.periodStart === o.periodEnd ? o.periodStart : undefined);

function itemLabel(spec: ChartSpec, o: Observation, data: SiteData, oneArea: boolean): string {
  const area = areaTitle(data.areas.find((a) => a.id === o.area)!);
  if (spec.kind === 'time-series') return singleYear(o) ?? (o.category || formatPeriod(o));
  if (spec.kind === 'composition') return capitalise(o.category || data.indicatorById.get(o.indicator)!.name);
  if (spec.kind === 'target')
    return o.category ? capitalise(o.category) : oneArea ? (singleYear(o) ?? data.indicatorById.get(o.indicator)!.name) : area;
  return o.category ? `${area}: ${o.category}` : area;
}

/** What a target bar counts, when targets of different units share a chart. */
const targetSubject = (o: Observation, data: SiteData) => data.indicatorById.get(o.indicator)!.name;

export function buildChartModel(spec: ChartSpec, data: SiteData): ChartModel {
  const observations = spec.observations.map((id) => data.observationById.get(id)!);
  const mixedUnits = new Set(observations.map((o) => o.unit)).size > 1;
  // Targets in different units are compared as shares of their own target (target = 100%).
  const unit = mixedUnits ? '%' : observations[0]!.unit;
  const oneArea = new Set(observations.map((o) => o.area)).size === 1;
  const onePeriod = new Set(observations.map((o) => formatPeriod(o))).size === 1;
  const perYear = spec.rate === 'per-year' || spec.rate === 'per-year-per-1000-members';
  const perMembers = spec.rate === 'per-1000-members' || spec.rate === 'per-year-per-1000-members';
  const indicators = [...new Set(observations.map((o) => o.indicator))].map((id) => data.indicatorById.get(id)!);
  const notes = [...spec.notes];
  const total = spec.kind === 'composition' ? observations.reduce((s, o) => s + o.value, 0) : 0;

  const items: ChartDatum[] = observations.map((o, i) => {
    let value = o.value;
    const explained: string[] = [];
    if (perYear) {
      const years = periodYears(o)!;
      value /= years;
      // "559/700" is 559 achieved: a ratio's numerator is what the rate divides.
      const counted = o.numerator === undefined ? o.printed : formatNumber(o.value, 'figure', o.unit);
      explained.push(`${counted} trong ${formatNumber(years, 'years')} năm`);
    }
    if (perMembers) {
      const members = data.observationById.get(spec.denominators[i]!)!;
      value = (value / members.value) * 1000;
      explained.push(
        `${perYear ? '' : `${o.numerator === undefined ? o.printed : formatNumber(o.value, 'figure', o.unit)} `}trên ${members.printed} đảng viên (${formatPeriod(members)})`.trim(),
      );
    }
    let annotation = explained.length ? explained.join(', ') : undefined;
    if (spec.annotations[i]) annotation = data.observationById.get(spec.annotations[i]!)!.printed.replace(/^(\d)/, 'đạt $1');
    const shownValue = spec.kind === 'target' ? (mixedUnits ? (o.numerator! / o.denominator!) * 100 : o.numerator!) : value;
    let valueLabel = `${o.qualifier ? `${o.qualifier} ` : ''}${formatNumber(shownValue, spec.rate ? 'rate' : 'figure', unit)}`;
    if (spec.kind === 'composition') valueLabel += ` (${formatShare(o.value, total)})`;
    if (spec.kind === 'target')
      valueLabel =
        `${o.printed} ${mixedUnits ? o.unit : ''} (${formatNumber((o.numerator! / o.denominator!) * 100, 'share', '%')})`.replace(
          /\s+/g,
          ' ',
        );
    return {
      observationId: o.id,
      label: mixedUnits ? targetSubject(o, data) : itemLabel(spec, o, data, oneArea),
      // The period goes under each label only where it tells bars apart or differs between them.
      sublabel:
        spec.kind === 'time-series' || (spec.kind === 'target' && oneArea && singleYear(o)) || (spec.kind === 'composition' && onePeriod)
          ? undefined
          : formatPeriod(o),
      value: shownValue,
      valueLabel,
      target: spec.kind === 'target' ? (mixedUnits ? 100 : o.denominator) : undefined,
      targetLabel:
        spec.kind === 'target'
          ? `chỉ tiêu ${mixedUnits ? `${formatNumber(o.denominator!)} ${o.unit}` : formatNumber(o.denominator!, 'figure', unit)}`
          : undefined,
      annotation,
      href: paragraphPath(o),
    };
  });

  const periods = new Set(observations.map((o) => formatPeriod(o)));
  if (spec.kind === 'comparison' && periods.size > 1) {
    notes.unshift(
      `Kỳ số liệu khác nhau giữa các cột (ghi dưới tên mỗi cột)${perYear ? '; số liệu đã quy về bình quân mỗi năm của kỳ' : ': không so sánh trực tiếp độ lớn'}.`,
    );
  }
  if (new Set(observations.map((o) => o.area)).size > 1) {
    for (const indicator of indicators) {
      if (indicator.comparability !== 'comparable')
        notes.push(
          `${indicator.name}: ${comparabilityLevels[indicator.comparability].toLowerCase()}${indicator.comparability_note ? ` (${indicator.comparability_note})` : ''}.`,
        );
    }
  }
  if (observations.some((o) => o.qualifier)) notes.push('Giá trị có chữ “trên”, “hơn”, “gần”, “khoảng” là con số gần đúng như văn bản in.');
  if (spec.kind === 'target')
    notes.push(
      mixedUnits
        ? 'Mỗi thanh là kết quả tính theo phần trăm chỉ tiêu của chính nó; vạch đỏ là chỉ tiêu (100%).'
        : 'Vạch đỏ là chỉ tiêu; thanh xanh là kết quả đạt được.',
    );

  const reports = [...new Set(observations.map((o) => o.report))].map((slug) => data.reports.get(slug)!.meta);
  const valueLabel = mixedUnits
    ? '% chỉ tiêu'
    : `${unit}${perMembers ? ' trên 1.000 đảng viên' : ''}${perYear ? ' mỗi năm (bình quân)' : ''}`;
  return {
    id: spec.id,
    kind: spec.kind,
    title: spec.title,
    subtitle: spec.subtitle,
    unit: perMembers ? '' : unit,
    valueLabel,
    data: items,
    notes,
    sources: reports.map((r) => `${r.issuer}, ${r.shortTitle}`),
    credit: `${SITE_NAME} · ${displayUrl(routes.chart(spec.id))}`,
  };
}

/** A sentence for screen readers: what the chart shows, item by item. */
export function describeChart(model: ChartModel): string {
  const items = model.data.map(
    (d) =>
      `${d.label}${d.sublabel ? ` (${d.sublabel})` : ''}: ${d.valueLabel}${d.target !== undefined ? `, ${d.targetLabel}` : ''}${d.annotation ? `, ${d.annotation}` : ''}`,
  );
  return `${model.subtitle}. ${items.join('; ')}.`;
}
