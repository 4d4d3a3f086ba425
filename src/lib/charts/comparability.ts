/**
 * What may stand side by side on a chart, as code. Three questions decide it:
 * how many years a figure covers (the text's own words, else the calendar,
 * labelled as an assumption), what it counts (scope and category), and at
 * which level it was counted (a ward beside a district only as a rate).
 */
import type { Area } from '../data/areas.ts';
import type { Observation } from '../data/observations.ts';
import { formatNumber, periodYears } from '../numbers/format.ts';
import type { UnitFacts } from '../data/unit-list.ts';
import { isRate } from '../numbers/units.ts';

export interface FigureYears {
  years: number;
  /** 'text': the sentence says how long ("trong 5 năm"); 'calendar': counted from the period's dates, an assumption. */
  basis: 'text' | 'calendar';
  /** The words the length rests on, as printed. */
  words?: string;
  /** The figure of the same report and period whose sentence states the length, when it is not this figure's own. */
  statedBy?: string;
}

const isWholeYear = (iso: string | undefined) => iso !== undefined && /^\d{4}$/.test(iso);

/**
 * How many years a figure covers: stated by the text when it says so, else counted from its dates. One basis per report: a
 * figure whose sentence is silent takes the length its report states for the very same period elsewhere ("nửa đầu nhiệm kỳ",
 * 2,5 years), so one report's figures are never divided by 2,5 in one chart and 3,25 in another. `report` is the report's figures.
 */
export function figureYears(o: Observation, report: readonly Observation[] = []): FigureYears | undefined {
  // Period words count only from the figure's own sentence: words borrowed from the next sentence are no statement of this figure's period.
  if (o.durationWords && !statedInQuote(o)) return undefined;
  if (o.durationYears !== undefined) return { years: o.durationYears, basis: 'text', words: o.durationWords };
  const years = periodYears(o);
  if (years === undefined) return undefined;
  // "năm 2019": a named calendar year is exact, not an inference.
  if (isWholeYear(o.periodStart) && o.periodStart === o.periodEnd) return { years: 1, basis: 'text' };
  const stated = report.filter(
    (x) =>
      x.report === o.report &&
      x.periodStart === o.periodStart &&
      x.periodEnd === o.periodEnd &&
      x.durationYears !== undefined &&
      x.durationWords &&
      statedInQuote(x),
  );
  if (stated.length && new Set(stated.map((x) => x.durationYears)).size === 1)
    return { years: stated[0]!.durationYears!, basis: 'text', words: stated[0]!.durationWords, statedBy: stated[0]!.id };
  return { years, basis: 'calendar' };
}

/** Whether the row's duration words stand in its own quote (case and spacing aside). */
export const statedInQuote = (o: Observation): boolean => {
  const fold = (t: string) => t.toLocaleLowerCase('vi').replace(/\s+/g, ' ');
  return !o.durationWords || fold(o.quote).includes(fold(o.durationWords));
};

/**
 * Where the printed rate disagrees with the counts printed beside it (260/140 printed as 147%, 33.303 of 40.934 as 79,5%):
 * the rate the counts give, else undefined. Half a point of rounding is allowed.
 */
export function rateAtOdds(o: Observation, byId: ReadonlyMap<string, Observation>): number | undefined {
  if (!isRate(o.unit) || o.percentOf === undefined) return undefined;
  const count = byId.get(o.percentOf);
  if (!count) return undefined;
  const whole = count.denominator ?? (count.partOf !== undefined ? byId.get(count.partOf)?.value : undefined);
  const part = count.denominator !== undefined ? count.numerator : count.value;
  if (!whole || part === undefined) return undefined;
  const computed = (part / whole) * 100;
  return Math.abs(computed - o.value) > 0.5 ? computed : undefined;
}

/** "5 năm (“trong 5 năm qua”)", "3,25 năm, tính theo lịch". */
export function yearsLabel(y: FigureYears): string {
  const years = `${formatNumber(y.years, 'years')} năm`;
  if (y.basis === 'calendar') return `${years}, tính theo lịch`;
  if (y.statedBy) return `${years}, kỳ văn bản gọi là “${y.words}”`;
  return y.words ? `${years} (“${y.words}”)` : years;
}

/** Targets and plans (category "chỉ tiêu…", "kế hoạch cả năm") are goals, not results; "kế hoạch" alone is a kind of document. */
export const isTargetRow = (o: Observation): boolean => /^(chỉ tiêu|kế hoạch cả năm$)/i.test(o.category);

/** A ratio a/b whose b the text calls a target or plan ("chỉ tiêu nhiệm kỳ", "KH"). */
export const isTargetRatio = (o: Observation): boolean => o.targetWords !== undefined && o.denominator !== undefined;

const NOT_STATED = 'không nêu';
const quoted = (s: string) => (s ? `“${s}”` : NOT_STATED);

/** What sets two figures' counts apart, in words; undefined when they count the same thing (`units`: what each unit counts). */
export function countDifference(a: Observation, b: Observation, units: UnitFacts, { categories = true } = {}): string | undefined {
  const differences: string[] = [];
  if (a.scope !== b.scope) differences.push(`phạm vi (${quoted(a.scope)} và ${quoted(b.scope)})`);
  if (categories && a.category !== b.category) differences.push(`nhóm (${quoted(a.category)} và ${quoted(b.category)})`);
  if (units.thingOf(a) !== units.thingOf(b)) differences.push(`đơn vị (“${a.unit}” và “${b.unit}”)`);
  return differences.length ? differences.join('; ') : undefined;
}

/** Pairs of figures that count different things, each with what differs. */
export function unlikePairs(
  observations: Observation[],
  units: UnitFacts,
  options: { categories?: boolean } = {},
): { a: Observation; b: Observation; difference: string }[] {
  const pairs: { a: Observation; b: Observation; difference: string }[] = [];
  const first = observations[0];
  if (!first) return pairs;
  for (const other of observations.slice(1)) {
    const difference = countDifference(first, other, units, options);
    if (difference) pairs.push({ a: first, b: other, difference });
  }
  return pairs;
}

/** Areas at different levels of the hierarchy among these figures ("quận" and "phường"). */
export function levelsOf(observations: Observation[], areas: Area[]): Set<Area['level']> {
  const byId = new Map(areas.map((a) => [a.id, a]));
  return new Set(observations.map((o) => byId.get(o.area)!.level));
}

/**
 * The party membership a count per 1,000 members divides by: the area's
 * member count nearest to the end of the figure's period (the text rarely
 * gives one for every date, so the chart names the date it used).
 */
export function memberCount(o: Observation, members: Observation[]): Observation | undefined {
  const end = o.asOf ?? o.periodEnd ?? '';
  const candidates = members.filter((m) => m.area === o.area && m.asOf !== undefined && m.qualifier === '');
  const distance = (m: Observation) => Math.abs(monthIndex(m.asOf!) - monthIndex(end));
  return candidates.sort((x, y) => distance(x) - distance(y))[0];
}

const monthIndex = (iso: string) => {
  const [y, m] = iso.split('-').map(Number) as [number, number | undefined];
  return y * 12 + (m ?? 12);
};

/**
 * The pace a whole-term target sets for a shorter result: 700 over 5 years
 * is 350 after 2,5. Undefined when the target spans the result's own period.
 */
export function proRataPace(
  o: Observation,
  report: readonly Observation[] = [],
): { pace: number; resultYears: FigureYears; targetYears: number } | undefined {
  if (!isTargetRatio(o) || o.targetYears === undefined) return undefined;
  const resultYears = figureYears(o, report);
  if (!resultYears || resultYears.years >= o.targetYears) return undefined;
  return { pace: (o.denominator! * resultYears.years) / o.targetYears, resultYears, targetYears: o.targetYears };
}

/** "11.361 đảng viên", "92,1%", "71 tỷ 952 triệu đồng": the figure with whatever unit it counts, once, for a chart's words (numbers/units.ts printedWithUnit adds only units of measure). */
export const figureWithUnit = (o: Observation): string =>
  isRate(o.unit) || o.printed.endsWith(o.unit) ? o.printed : `${o.printed} ${o.unit}`;
