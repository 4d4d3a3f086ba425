/**
 * Headline figures of an area, by a rule the area page states
 * (HEADLINE_RULE): for each indicator a reader asks about first (the
 * editorial list), then for the indicators reported by the most areas, and
 * among those counts before percentages, the area's most recent whole figure
 * (not a part, not a category); ties go to report order. So every area with
 * figures shows some, even where no editorial indicator applies.
 */
import { isRate } from '../numbers/units.ts';
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

export const HEADLINE_RULE =
  'Số liệu chính được chọn theo thứ tự: các chỉ tiêu người đọc thường hỏi trước (số đảng viên, kết nạp đảng viên, tổ chức cơ sở đảng, chi bộ, kiểm tra, kỷ luật, mô hình “Dân vận khéo”, đơn thư, thu ngân sách), rồi các chỉ tiêu có ở nhiều địa bàn nhất, số đếm trước tỷ lệ; mỗi chỉ tiêu lấy số liệu mới nhất của địa bàn, là số tổng (không phải một phần hay một nhóm).';

export function headlineFigures(data: SiteData, areaId: string, limit = 6): Observation[] {
  const whole = data.observations.filter((o) => o.area === areaId && !o.category && !o.partOf);
  const editorial = (indicator: string) => {
    const rank = HEADLINE_INDICATORS.indexOf(indicator);
    return rank < 0 ? HEADLINE_INDICATORS.length : rank;
  };
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
        editorial(a.indicator) - editorial(b.indicator) ||
        areasReporting.get(b.indicator)! - areasReporting.get(a.indicator)! ||
        Number(isRate(a.unit)) - Number(isRate(b.unit)) ||
        position.get(a)! - position.get(b)!,
    )
    .slice(0, limit);
}
