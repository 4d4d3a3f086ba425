/**
 * From a checked spec and the data to a ChartModel: every label, value and
 * note the image carries. Honesty is added here, not left to the spec:
 * per-year rates divide by the years the text states (or say that the
 * calendar was used), a declared difference joins the subtitle, a whole-term
 * target beside a shorter result shows the pro-rata pace.
 */
import { areaAncestry, areaTitle } from '../data/areas.ts';
import { figurePath } from '../data/citation.ts';
import { endedAreasNote } from '../data/holdings.ts';
import { comparabilityLevels } from '../data/indicators.ts';
import type { Observation } from '../data/observations.ts';
import type { SiteData } from '../data/site-data.ts';
import { formatNumber, formatPeriod, formatShare, roundedAsFormatted, type NumberStyle } from '../numbers/format.ts';
import { displayUrl, routes } from '../routes.ts';
import { SITE_NAME } from '../site.ts';
import { capitalise } from '../text/case.ts';
import { figureYears, isTargetRow, proRataPace, yearsLabel } from './comparability.ts';
import type { ChartDatum, ChartModel } from './model.ts';
import { isBreakdown, perMembers as ratePerMembers, perYear as ratePerYear, type ChartSpec } from './spec.ts';

/** Yearly series and one-area targets are labelled by their year ("2019"). */
const singleYear = (o: Observation) => (o.periodStart && o.periodStart === o.periodEnd ? o.periodStart : undefined);
/** A point in a series: its year, or the date a stock was counted ("02/2023"). */
const pointLabel = (o: Observation) => singleYear(o) ?? (o.asOf ? formatPeriod(o).replace(/^tại (tháng )?/, '') : undefined);

/** The count a rate divides: "559/700" is 559 achieved, so a ratio gives its numerator. */
const counted = (o: Observation) => (o.numerator === undefined ? o.printed : formatNumber(o.value, 'figure', o.unit));

interface Context {
  spec: ChartSpec;
  data: SiteData;
  observations: Observation[];
  oneArea: boolean;
  breakdown: boolean;
  withTargets: boolean;
  indicatorsDiffer: boolean;
}

function itemLabel(o: Observation, c: Context): string {
  const { spec, data } = c;
  const indicatorName = data.indicatorById.get(o.indicator)!.name;
  const area = areaTitle(data.areas.find((a) => a.id === o.area)!);
  if (spec.kind === 'time-series') return pointLabel(o) ?? (o.category || formatPeriod(o));
  if (spec.kind === 'composition' || (c.oneArea && c.indicatorsDiffer))
    return c.indicatorsDiffer ? [indicatorName, o.category].filter(Boolean).join(': ') : capitalise(o.category || indicatorName);
  if (spec.kind === 'target') return o.category ? capitalise(o.category) : c.oneArea ? (singleYear(o) ?? indicatorName) : area;
  if (c.withTargets) return isTargetRow(o) ? capitalise(o.category) : o.category ? `Kết quả: ${o.category}` : 'Kết quả';
  if (c.breakdown) return capitalise(o.category || indicatorName);
  const categoriesDiffer = new Set(c.observations.map((x) => x.category)).size > 1;
  return o.category && categoriesDiffer ? `${area}: ${o.category}` : area;
}

export function buildChartModel(spec: ChartSpec, data: SiteData): ChartModel {
  const observations = spec.observations.map((id) => data.observationById.get(id)!);
  const mixedUnits = new Set(observations.map((o) => o.unit)).size > 1;
  // Targets in different units are compared as shares of their own target (target = 100%).
  const unit = mixedUnits ? '%' : observations[0]!.unit;
  const oneArea = new Set(observations.map((o) => o.area)).size === 1;
  const periods = new Set(observations.map((o) => formatPeriod(o)));
  const onePeriod = periods.size === 1;
  const perYear = ratePerYear(spec);
  const perMembers = ratePerMembers(spec);
  const indicators = [...new Set(observations.map((o) => o.indicator))].map((id) => data.indicatorById.get(id)!);
  const context: Context = {
    spec,
    data,
    observations,
    oneArea,
    breakdown: isBreakdown(spec, observations),
    withTargets: spec.kind === 'comparison' && observations.some(isTargetRow),
    indicatorsDiffer: indicators.length > 1,
  };
  const notes = [...spec.notes];
  // Shares of the printed total when the parts share one and fit in it ("trong đó" lists need not add up), else of their sum.
  const sum = observations.reduce((s, o) => s + o.value, 0);
  const printedTotal = spec.kind === 'composition' ? sharedTotal(observations, data) : undefined;
  const total = printedTotal && sum <= printedTotal.value ? printedTotal.value : sum;
  if (printedTotal && sum !== printedTotal.value)
    notes.push(
      `Các phần cộng lại ${formatNumber(sum, 'figure', unit)}, tổng in ${printedTotal.printed}: tỷ lệ tính trên ${total === sum ? 'tổng các phần' : 'tổng in'}.`,
    );
  const style: NumberStyle = spec.rate ? 'rate' : 'figure';
  const calendarYears: string[] = [];

  const items: ChartDatum[] = observations.map((o, i) => {
    let value = o.value;
    const explained: string[] = [];
    if (perYear) {
      const years = figureYears(o, data.observationsByReport.get(o.report))!;
      value /= years.years;
      if (years.basis === 'calendar')
        calendarYears.push(
          `${areaTitle(data.areas.find((a) => a.id === o.area)!)} ${formatPeriod(o)}: ${formatNumber(years.years, 'years')} năm`,
        );
      explained.push(`${counted(o)} trong ${yearsLabel(years)}`);
    }
    if (perMembers) {
      const members = data.observationById.get(spec.denominators[i]!)!;
      value = (value / members.value) * 1000;
      explained.push(`${perYear ? '' : `${counted(o)} `}trên ${members.printed} đảng viên (${formatPeriod(members)})`.trim());
    }
    let annotation = explained.length ? explained.join(', ') : undefined;
    if (spec.annotations[i]) annotation = data.observationById.get(spec.annotations[i]!)!.printed.replace(/^(\d)/, 'đạt $1');
    const share = spec.kind === 'target' ? (o.numerator! / o.denominator!) * 100 : undefined;
    const drawn = spec.kind === 'target' ? (mixedUnits ? share! : o.numerator!) : value;
    let valueLabel = `${o.qualifier ? `${o.qualifier} ` : ''}${formatNumber(drawn, style, unit)}`;
    let shown = roundedAsFormatted(drawn, style, unit);
    if (spec.kind === 'composition') valueLabel += ` (${formatShare(o.value, total)})`;
    if (spec.kind === 'target') {
      valueLabel = `${o.printed} ${mixedUnits ? o.unit : ''} (${formatNumber(share!, 'share', '%')})`.replace(/\s+/g, ' ');
      shown = mixedUnits ? roundedAsFormatted(share!, 'share', '%') : o.numerator!;
    }
    // "10-12": a range drawn at its lower bound, labelled as printed.
    if (o.valueMax !== undefined && !perYear && !perMembers && spec.kind !== 'target') valueLabel = o.printed;
    const pace = spec.kind === 'target' ? proRataPace(o, data.observationsByReport.get(o.report)) : undefined;
    const paceValue = pace && (mixedUnits ? (pace.pace / o.denominator!) * 100 : pace.pace);
    return {
      observationId: o.id,
      label: mixedUnits ? data.indicatorById.get(o.indicator)!.name : itemLabel(o, context),
      // The period goes under each label only where it tells bars apart or differs between them.
      sublabel:
        spec.kind === 'time-series' ||
        (spec.kind === 'target' && oneArea && singleYear(o)) ||
        ((spec.kind === 'composition' || context.breakdown) && onePeriod)
          ? undefined
          : formatPeriod(o),
      value: drawn,
      shown,
      valueLabel,
      ...(isTargetRow(o) && context.withTargets ? { role: 'target' as const } : {}),
      target: spec.kind === 'target' ? (mixedUnits ? 100 : o.denominator) : undefined,
      targetLabel:
        spec.kind === 'target'
          ? `chỉ tiêu ${mixedUnits ? `${formatNumber(o.denominator!)} ${o.unit}` : formatNumber(o.denominator!, 'figure', unit)}`
          : undefined,
      ...(pace && paceValue !== undefined
        ? {
            pace: paceValue,
            paceLabel: `cần đạt sau ${formatNumber(pace.resultYears.years, 'years')} trong ${formatNumber(pace.targetYears, 'years')} năm: ${formatNumber(pace.pace, 'rate')} (đạt ${formatNumber((o.numerator! / pace.pace) * 100, 'share', '%')} mức này)`,
          }
        : {}),
      annotation,
      href: figurePath(o),
    };
  });
  for (const item of items) if (item.paceLabel) item.annotation = [item.annotation, item.paceLabel].filter(Boolean).join('; ');

  if (spec.kind === 'comparison' && !context.breakdown && periods.size > 1) {
    notes.unshift(
      `Kỳ số liệu khác nhau giữa các cột (ghi dưới tên mỗi cột)${perYear ? '; số liệu đã quy về bình quân mỗi năm của kỳ' : ': không so sánh trực tiếp độ lớn'}.`,
    );
  }
  if (calendarYears.length)
    notes.push(`Giả định: văn bản không nói độ dài kỳ của ${calendarYears.join('; ')} — số năm tính theo lịch từ đầu đến cuối kỳ.`);
  if (!oneArea) {
    for (const indicator of indicators) {
      if (indicator.comparability !== 'comparable')
        notes.push(
          `${indicator.name}: ${comparabilityLevels[indicator.comparability].toLowerCase()}${indicator.comparability_note ? ` (${indicator.comparability_note})` : ''}.`,
        );
    }
  }
  if (observations.some((o) => o.qualifier)) notes.push('Giá trị có chữ “trên”, “hơn”, “gần”, “khoảng” là con số gần đúng như văn bản in.');
  if (observations.some((o) => o.valueMax !== undefined)) notes.push('Khoảng như “10-12” được vẽ đến cận dưới, ghi đúng như in.');
  if (spec.kind === 'target')
    notes.push(
      mixedUnits
        ? 'Mỗi thanh là kết quả tính theo phần trăm chỉ tiêu của chính nó; vạch đỏ là chỉ tiêu (100%).'
        : 'Vạch đỏ là chỉ tiêu; thanh xanh là kết quả đạt được.',
    );
  if (items.some((d) => d.pace !== undefined))
    notes.push(
      'Vạch đứt là mức cần đạt sau số năm đã qua (chỉ tiêu cả nhiệm kỳ chia đều cho các năm), để kết quả giữa kỳ không bị đọc như đã thiếu chỉ tiêu.',
    );
  if (context.withTargets) notes.push('Cột viền, không tô là chỉ tiêu (mục tiêu đề ra), không phải kết quả.');
  // A chart travels alone (embeds, PNGs in bulletins): it says itself that the districts it names (its
  // areas, the districts above them, its reports' areas in the source line) are of their time.
  const reports = [...new Set(observations.map((o) => o.report))].map((slug) => data.reports.get(slug)!.meta);
  const named = new Set(
    [...observations.map((o) => o.area), ...reports.flatMap((r) => r.areas)].flatMap((id) => areaAncestry(data.areas, id)),
  );
  const areasNote = endedAreasNote([...named], 'brief');
  if (areasNote) notes.push(areasNote);

  const valueLabel = mixedUnits
    ? '% chỉ tiêu'
    : `${unit}${perMembers ? ' trên 1.000 đảng viên' : ''}${perYear ? ' mỗi năm (bình quân)' : ''}`;
  return {
    id: spec.id,
    kind: spec.kind,
    title: spec.title,
    subtitle: spec.differences ? `${spec.subtitle}. Khác biệt: ${spec.differences}` : spec.subtitle,
    unit: perMembers ? '' : unit,
    valueLabel,
    data: items,
    notes,
    sources: reports.map((r) => `${r.issuer}, ${r.shortTitle}`),
    credit: `${SITE_NAME} · ${displayUrl(routes.chart(spec.id))}`,
  };
}

/** The total all these parts belong to, when they name the same one in the same unit. */
function sharedTotal(parts: Observation[], data: SiteData): Observation | undefined {
  const ids = new Set(parts.map((o) => o.partOf));
  const total = ids.size === 1 && parts[0]!.partOf ? data.observationById.get(parts[0]!.partOf) : undefined;
  return total && total.unit === parts[0]!.unit ? total : undefined;
}

/** A sentence for screen readers: what the chart shows, item by item. */
export function describeChart(model: ChartModel): string {
  const items = model.data.map(
    (d) =>
      `${d.label}${d.sublabel ? ` (${d.sublabel})` : ''}: ${d.valueLabel}${d.target !== undefined ? `, ${d.targetLabel}` : ''}${d.annotation ? `, ${d.annotation}` : ''}`,
  );
  return `${model.subtitle}. ${items.join('; ')}.`;
}
