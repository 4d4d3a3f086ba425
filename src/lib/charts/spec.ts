/**
 * Chart specifications: which observations a chart shows and how. Editorial
 * specs come from data/charts.csv, the others from the rules (rules.ts); both
 * pass the same checks, which refuse what would mislead: figures that count
 * different things side by side (unless the spec declares the difference,
 * shown in the subtitle), a ward beside a district other than as a rate, and
 * totals over periods of different lengths compared as they stand.
 */
import { z } from 'zod';
import { areaLevels } from '../data/areas.ts';
import type { Observation } from '../data/observations.ts';
import type { SiteData } from '../data/site-data.ts';
import { slugPattern } from '../reports/schema.ts';
import { isRate } from '../numbers/units.ts';
import { twoBarsReason } from './rules-two-bars.ts';
import { figureYears, levelsOf, unlikePairs, statedInQuote } from './comparability.ts';
import { CHART_KINDS, KINDS } from './kinds/index.ts';

const idList = z.string().transform((s) => s.split(/\s+/).filter(Boolean));

export const CHART_RATES = ['', 'per-year', 'per-1000-members', 'per-year-per-1000-members'] as const;

export const chartSpecSchema = z.object({
  id: z.string().regex(slugPattern),
  kind: z.enum(CHART_KINDS),
  title: z.string().min(5),
  subtitle: z.string().min(5),
  observations: idList.refine((ids) => ids.length >= 1, 'cần ít nhất 1 số liệu'),
  annotations: idList,
  rate: z.enum(CHART_RATES),
  denominators: idList,
  /** A difference in what the figures count that the chart accepts and says in its subtitle ("Long Biên chỉ tính …"). */
  differences: z.string(),
  notes: z.string().transform((s) =>
    s
      .split('|')
      .map((n) => n.trim())
      .filter(Boolean),
  ),
  featured: z.enum(['', 'yes']),
});
export type ChartSpec = z.output<typeof chartSpecSchema>;

export const perYear = (spec: Pick<ChartSpec, 'rate'>) => spec.rate === 'per-year' || spec.rate === 'per-year-per-1000-members';
export const perMembers = (spec: Pick<ChartSpec, 'rate'>) => spec.rate === 'per-1000-members' || spec.rate === 'per-year-per-1000-members';

/**
 * Whether a figure's indicator counts party members, so that it may be divided per 1,000 of them: by what the indicator's unit
 * counts (data/units.csv), so checks of members ("lượt") are no members, whatever they are beside.
 */
export const countsMembers = (o: Observation, data: SiteData): boolean =>
  data.units.thing(data.indicatorById.get(o.indicator)!.unit) === 'đảng viên';

/** One area, one period, several groups: a breakdown, whose groups differ by design. */
export function isBreakdown(spec: Pick<ChartSpec, 'kind'>, observations: Observation[]): boolean {
  return KINDS[spec.kind].breakdown?.(observations) ?? false;
}

/** Problems a spec has against the data, as messages naming the chart and the figures. */
export function checkChartSpec(spec: ChartSpec, data: SiteData): string[] {
  const problems: string[] = [];
  const known = (id: string) => data.observationById.has(id);
  for (const column of ['observations', 'annotations', 'denominators'] as const) {
    for (const id of spec[column]) if (!known(id)) problems.push(`biểu đồ ${spec.id}: cột ${column} có số liệu "${id}" không tồn tại`);
  }
  if (problems.length) return problems;
  const observations = spec.observations.map((id) => data.observationById.get(id)!);
  const chart = `biểu đồ ${spec.id}`;
  const units = new Set(observations.map(data.units.thingOf));
  // Targets of different units are drawn as shares of their targets, so only they may mix units.
  if (units.size > 1 && !KINDS[spec.kind].mixedUnits) problems.push(`${chart}: các số liệu khác đơn vị (${[...units].join(', ')})`);
  if (observations.length < 2 && !KINDS[spec.kind].single?.(observations))
    problems.push(`${chart}: cần ít nhất 2 số liệu (hoặc một số “đạt/chỉ tiêu”)`);
  if (spec.annotations.length && spec.annotations.length !== observations.length)
    problems.push(`${chart}: annotations phải có đúng ${observations.length} mã (mỗi cột một mã)`);
  if (perMembers(spec)) {
    for (const o of observations)
      if (!countsMembers(o, data))
        problems.push(
          `${chart}: chỉ tiêu ${o.indicator} của ${o.id} đếm “${data.indicatorById.get(o.indicator)!.unit}”, không phải đảng viên: không tính trên 1.000 đảng viên`,
        );
    if (spec.denominators.length !== observations.length) problems.push(`${chart}: cần một số đảng viên (denominators) cho mỗi số liệu`);
    else
      observations.forEach((o, i) => {
        const members = data.observationById.get(spec.denominators[i]!)!;
        if (members.area !== o.area || members.asOf === undefined)
          problems.push(`${chart}: mẫu số ${members.id} phải là số đảng viên tại một thời điểm của cùng địa bàn với ${o.id}`);
      });
  }
  if (perYear(spec)) {
    for (const o of observations)
      if (!statedInQuote(o))
        problems.push(
          `${chart}: kỳ “${o.durationWords}” của ${o.id} không nằm trong câu của nó: không tính bình quân năm được (bỏ duration_years, duration_words hoặc bỏ số này khỏi biểu đồ)`,
        );
      else if (!figureYears(o, data.observationsByReport.get(o.report)))
        problems.push(`${chart}: ${o.id} là số tại một thời điểm, không tính bình quân năm được (cần kỳ period_start, period_end)`);
  }
  problems.push(...KINDS[spec.kind].check(observations, spec, data).map((message) => `${chart}: ${message}`));
  if (!spec.differences) problems.push(...unlikeProblems(spec, observations, data));
  problems.push(...levelProblems(spec, observations, data));
  // Asked last: a chart refused for fairness needs no second reason.
  const twoBars = problems.length ? undefined : twoBarsReason(spec, observations, data.indicatorById);
  if (twoBars)
    problems.push(
      `${chart}: ${twoBars} (hai cột chỉ dành cho kết quả cạnh chỉ tiêu, thay đổi văn bản tự nêu giữa hai kỳ, hai địa bàn đếm cùng cách)`,
    );
  return problems;
}

/** Two figures that count different things may not stand side by side unless the spec says how they differ. */
function unlikeProblems(spec: ChartSpec, observations: Observation[], data: SiteData): string[] {
  // Kinds that draw each figure as a share of its own target may set different counts side by side: each label says what it counts.
  if (KINDS[spec.kind].mixedUnits && new Set(observations.map(data.units.thingOf)).size > 1) return [];
  return unlikePairs(observations, data.units, { categories: !isBreakdown(spec, observations) }).map(
    ({ a, b, difference }) =>
      `biểu đồ ${spec.id}: đặt cạnh nhau ${a.id} và ${b.id}, hai số đếm khác nhau (${difference}) — ghi khác biệt vào cột differences (biểu đồ nêu ở phụ đề) hoặc bỏ một số liệu`,
  );
}

/** A ward and a district meet only as rates: per cent, or per 1,000 party members. */
function levelProblems(spec: ChartSpec, observations: Observation[], data: SiteData): string[] {
  if (levelsOf(observations, data.areas).size < 2 || observations.every((o) => isRate(o.unit)) || perMembers(spec)) return [];
  const level = (o: Observation) => areaLevels[data.areas.find((a) => a.id === o.area)!.level];
  const [a, b] = [observations[0]!, observations.find((o) => level(o) !== level(observations[0]!))!];
  return [
    `biểu đồ ${spec.id}: ${a.id} (${level(a)}) và ${b.id} (${level(b)}) khác cấp: chỉ đặt cạnh nhau dưới dạng tỷ lệ trên 1.000 đảng viên (rate per-1000-members, cột denominators) hoặc tỷ lệ %`,
  ];
}
