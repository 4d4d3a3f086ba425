/**
 * From a checked spec and the data to a ChartModel: every label, value and
 * note the image carries. Honesty is added here, not left to the spec:
 * per-year rates divide by the years the text states (or say that the
 * calendar was used), a declared difference joins the subtitle, a whole-term
 * target beside a shorter result shows the pro-rata pace.
 */
import { areaTitle } from '../data/areas.ts';
import { figurePath } from '../data/citation.ts';
import { endedAreasNote } from '../data/holdings.ts';
import { comparabilityLevels } from '../data/indicators.ts';
import type { Observation } from '../data/observations.ts';
import type { SiteData } from '../data/site-data.ts';
import { formatNumber, formatPeriod, roundedAsFormatted, type NumberStyle } from '../numbers/format.ts';
import { KINDS } from './kinds/index.ts';
import type { MarkContext } from './kinds/kind.ts';
import { displayUrl, routes } from '../routes.ts';
import { SITE_NAME } from '../site.ts';
import { capitalise } from '../text/case.ts';
import { figureYears, isTargetRow, yearsLabel } from './comparability.ts';
import type { ChartDatum, ChartModel } from './model.ts';
import { isBreakdown, perMembers as ratePerMembers, perYear as ratePerYear, type ChartSpec } from './spec.ts';

/** The count a rate divides: "559/700" is 559 achieved, so a ratio gives its numerator. */
const counted = (o: Observation) => (o.numerator === undefined ? o.printed : formatNumber(o.value, 'figure', o.unit));

export function buildChartModel(spec: ChartSpec, data: SiteData): ChartModel {
  const observations = spec.observations.map((id) => data.observationById.get(id)!);
  const { thing, thingOf } = data.units;
  const mixedUnits = new Set(observations.map(thingOf)).size > 1;
  // Targets in different units are compared as shares of their own target (target = 100%).
  // Labels keep the noun the figures print when they share one ("tập thể" registered as exemplars), else what they count.
  const unit = mixedUnits
    ? '%'
    : new Set(observations.map((o) => thing(o.unit))).size === 1
      ? thing(observations[0]!.unit)
      : thingOf(observations[0]!);
  const oneArea = new Set(observations.map((o) => o.area)).size === 1;
  const periods = new Set(observations.map((o) => formatPeriod(o)));
  const onePeriod = periods.size === 1;
  const perYear = ratePerYear(spec);
  const perMembers = ratePerMembers(spec);
  const indicators = [...new Set(observations.map((o) => o.indicator))].map((id) => data.indicatorById.get(id)!);
  // Notes in the order they change how the chart is read: the data's own doubts, how the drawing was computed, the editor's,
  // then generic ones. The first is the one caveat an image carries; the page shows them all.
  const notes: string[] = dataDoubts(observations, data);
  const style: NumberStyle = spec.rate ? 'rate' : 'figure';
  const kind = KINDS[spec.kind];
  const context: MarkContext = {
    data,
    observations,
    oneArea,
    breakdown: isBreakdown(spec, observations),
    withTargets: kind.withTargets?.(observations) ?? false,
    indicatorsDiffer: indicators.length > 1,
    onePeriod,
    mixedUnits,
    unit,
  };
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
    const base = {
      value,
      shown: roundedAsFormatted(value, style, unit),
      valueLabel: `${o.qualifier ? `${o.qualifier} ` : ''}${formatNumber(value, style, unit)}`,
    };
    const mark = { ...base, ...kind.mark?.(o, base, context) };
    // "10-12": a range drawn at its lower bound, labelled as printed.
    if (o.valueMax !== undefined && !perYear && !perMembers && mark.target === undefined) mark.valueLabel = o.printed;
    return {
      observationId: o.id,
      label: mixedUnits ? data.indicatorById.get(o.indicator)!.name : kind.label(o, context),
      sublabel: kind.periodUnderLabel(o, context) ? formatPeriod(o) : undefined,
      ...(isTargetRow(o) && context.withTargets ? { role: 'target' as const } : {}),
      ...mark,
      annotation,
      href: figurePath(o),
    };
  });
  for (const item of items) if (item.paceLabel) item.annotation = [item.annotation, item.paceLabel].filter(Boolean).join('; ');

  notes.push(...(kind.notes?.(context, spec) ?? []));
  notes.push(...spec.notes);
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
  // How to read the marks: a key drawn in the image, not a note.
  const legend = [
    ...kind.legend(mixedUnits),
    items.some((d) => d.pace !== undefined) && 'Vạch đứt: mức cần đạt sau số năm đã qua (chỉ tiêu chia đều cho các năm).',
    context.withTargets && 'Thanh viền, không tô: chỉ tiêu đề ra, không phải kết quả.',
  ].filter((x): x is string => typeof x === 'string');
  const reports = [...new Set(observations.map((o) => o.report))].map((slug) => data.reports.get(slug)!.meta);
  const sources = reports.map((r) => `${r.issuer}, ${r.shortTitle}`);

  const valueLabel = mixedUnits
    ? '% chỉ tiêu'
    : `${unit}${perMembers ? ' trên 1.000 đảng viên' : ''}${perYear ? ' mỗi năm (bình quân)' : ''}`;
  const subtitle = spec.differences ? `${spec.subtitle}. Khác biệt: ${spec.differences}` : spec.subtitle;
  // A chart travels alone (embeds, PNGs in bulletins): it says that the districts its own words name (title, subtitle, labels,
  // sources, notes) were administrative units until a date; not the district above a ward its words never name.
  const words = [spec.title, subtitle, ...items.flatMap((d) => [d.label, d.sublabel ?? '']), ...sources, ...notes].join(' ');
  const areasNote = endedAreasNote(
    data.areas.filter((a) => words.includes(a.name)),
    'brief',
  );
  return {
    id: spec.id,
    kind: spec.kind,
    title: spec.title,
    subtitle,
    unit: perMembers ? '' : unit,
    valueLabel,
    data: items,
    notes,
    caveat: notes[0],
    legend,
    areasNote,
    sources,
    credit: `${SITE_NAME} · ${displayUrl(routes.chart(spec.id))}`,
  };
}

/**
 * What the data itself doubts about the figures drawn: a printed total their parts do not make, a printed rate its counts
 * contradict (not a rounding), and row notes that say the text disagrees with itself, leaves something unclear or gives
 * no period ("Khác 147 lớp ở thân bài", "không rõ…", "Văn bản không ghi thời kỳ").
 */
function dataDoubts(observations: Observation[], data: SiteData): string[] {
  const ids = new Set(observations.map((o) => o.id));
  const doubts = data.notes
    .filter((n) => ids.has(n.observation) || n.related.some((id) => ids.has(id)))
    .filter((n) => n.kind === 'parts' || Math.abs(data.observationById.get(n.observation)!.value - n.computed) > 0.5)
    .map((n) => n.message);
  for (const o of observations) {
    const doubt = o.note.split(/;\s*/).find((clause) => DOUBT.test(clause));
    if (doubt && !doubts.some((d) => d.includes(doubt))) doubts.push(`${capitalise(doubt)}${/[.)]$/.test(doubt) ? '' : '.'}`);
  }
  return doubts;
}

/** Words by which a row's note marks a doubt about its figure or its period. */
const DOUBT = /^(khác\s|không rõ|thân bài\b.*\bghi\b|văn bản không ghi thời kỳ|mâu thuẫn)/i;

/** A sentence for screen readers: what the chart shows, item by item. */
export function describeChart(model: ChartModel): string {
  const items = model.data.map(
    (d) =>
      `${d.label}${d.sublabel ? ` (${d.sublabel})` : ''}: ${d.valueLabel}${d.target !== undefined ? `, ${d.targetLabel}` : ''}${d.annotation ? `, ${d.annotation}` : ''}`,
  );
  return `${model.subtitle}. ${items.join('; ')}.`;
}
