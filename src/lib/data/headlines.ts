/**
 * Headline figures of an area: for each indicator a reader asks about first,
 * the most recent whole figure (not a part, not a category), the first in
 * report order when several are equally recent. Editorial order, one list.
 */
import { observationEnd, type Observation } from './observations.ts';
import type { SiteData } from './site-data.ts';

export const HEADLINE_INDICATORS = [
  'so-dang-vien',
  'ket-nap-dang-vien',
  'so-to-chuc-co-so-dang',
  'so-chi-bo',
  'kiem-tra-dang-vien-dau-hieu-vi-pham',
  'ky-luat-dang-vien',
  'mo-hinh-dan-van-kheo',
  'don-thu-tiep-nhan',
  'thu-ngan-sach',
];

export function headlineFigures(data: SiteData, areaId: string, limit = 6): Observation[] {
  const picked: Observation[] = [];
  for (const indicator of HEADLINE_INDICATORS) {
    const candidates = (data.observationsByIndicator.get(indicator) ?? []).filter((o) => o.area === areaId && !o.category && !o.partOf);
    const latest = candidates.reduce<Observation | undefined>((best, o) => (!best || observationEnd(o) > observationEnd(best) ? o : best), undefined);
    if (latest) picked.push(latest);
    if (picked.length === limit) break;
  }
  return picked;
}
