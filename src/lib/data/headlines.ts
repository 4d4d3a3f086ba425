/**
 * Headline figures of an area, by HEADLINE_ORDER: the area's size and work
 * first, oversight and discipline last; between them the indicators reported
 * by the most areas, counts before percentages; for each, the area's most recent whole figure
 * (not a part, not a category); ties go to report order. So every area with
 * figures shows some, even where no editorial indicator applies.
 */
import { formatNumber } from '../numbers/format.ts';
import { isRate } from '../numbers/units.ts';
import { observationEnd, type Observation } from './observations.ts';
import type { SiteData } from './site-data.ts';

/**
 * Which figures stand for an area, as data: first its size and its work (members, organisations, admissions,
 * budget, outreach), in this order; last the counts of oversight and discipline, which say little about an area
 * on their own. Every other indicator sits between the two lists.
 */
export const HEADLINE_ORDER = {
  first: [
    'so-dang-vien',
    'so-to-chuc-co-so-dang',
    'so-chi-bo',
    'ket-nap-dang-vien',
    'thu-ngan-sach',
    'mo-hinh-dan-van-kheo',
    'don-thu-tiep-nhan',
  ],
  last: ['kiem-tra-dang-vien-dau-hieu-vi-pham', 'ky-luat-dang-vien'],
} as const satisfies Record<string, readonly string[]>;

/** Rank of an indicator in HEADLINE_ORDER: the first list, then every other indicator, then the last list. */
export function headlineRank(indicator: string): number {
  const first = (HEADLINE_ORDER.first as readonly string[]).indexOf(indicator);
  if (first >= 0) return first;
  const last = (HEADLINE_ORDER.last as readonly string[]).indexOf(indicator);
  return HEADLINE_ORDER.first.length + 1 + last;
}

/**
 * What the number after the slash is, for a key figure printed "a/b": the
 * target when the text says so ("700: chỉ tiêu nhiệm kỳ"), else the whole it is
 * counted in; undefined for a figure without one.
 */
export function denominatorMeaning(o: Observation): string | undefined {
  if (o.denominator === undefined) return undefined;
  const whole = formatNumber(o.denominator, 'count');
  return o.targetWords ? `${whole} là ${o.targetWords}` : `trên tổng số ${whole}`;
}

export function headlineFigures(data: SiteData, areaId: string, limit = 6): Observation[] {
  const whole = data.observations.filter((o) => o.area === areaId && !o.category && !o.partOf);
  // The area's most recent whole figure per indicator; the first printed when equally recent.
  const latest = new Map<string, Observation>();
  for (const o of whole) {
    const best = latest.get(o.indicator);
    if (!best || observationEnd(o) > observationEnd(best)) latest.set(o.indicator, o);
  }
  const order = [...latest.values()];
  const areasReporting = new Map(order.map((o) => [o.indicator, new Set(data.observationsByIndicator.get(o.indicator)!.map((x) => x.area)).size]));
  const position = new Map(whole.map((o, i) => [o, i]));
  return order
    .sort(
      (a, b) =>
        headlineRank(a.indicator) - headlineRank(b.indicator) ||
        areasReporting.get(b.indicator)! - areasReporting.get(a.indicator)! ||
        Number(isRate(a.unit)) - Number(isRate(b.unit)) ||
        position.get(a)! - position.get(b)!,
    )
    .slice(0, limit);
}
