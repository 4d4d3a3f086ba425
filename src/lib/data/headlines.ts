/**
 * Headline figures of an area: the first observation, in report order, of
 * each indicator a reader asks about first. Editorial order, one list.
 */
import type { Observation } from './observations.ts';
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
    const first = (data.observationsByIndicator.get(indicator) ?? []).find((o) => o.area === areaId && !o.category && !o.partOf);
    if (first) picked.push(first);
    if (picked.length === limit) break;
  }
  return picked;
}
