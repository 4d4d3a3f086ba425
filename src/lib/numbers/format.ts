/** vi-VN formatting of canonical values and periods for tables, charts and citations. */
import { formatPartialDate } from '../site.ts';

const number = (digits: number) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: digits });

/** 11361 -> "11.361"; 92.1 % -> "92,1%"; 27600000000 đồng -> "27,6 tỷ đồng". */
export function formatValue(value: number, unit: string): string {
  if (unit === '%' || unit === '‰') return `${number(2).format(value)}${unit}`;
  if (unit === 'đồng') {
    if (Math.abs(value) >= 1e9) return `${number(3).format(value / 1e9)} tỷ đồng`;
    if (Math.abs(value) >= 1e6) return `${number(3).format(value / 1e6)} triệu đồng`;
    return `${number(0).format(value)} đồng`;
  }
  return `${number(3).format(value)} ${unit}`;
}

/** "2020 – 03/2023", "năm 2021", "tại tháng 03/2023". */
export function formatPeriod(o: { periodStart?: string; periodEnd?: string; asOf?: string }): string {
  if (o.asOf) return `tại ${formatPartialDate(o.asOf)}`;
  if (!o.periodStart || !o.periodEnd) return '';
  if (o.periodStart === o.periodEnd) return formatPartialDate(o.periodStart);
  const short = (iso: string) => formatPartialDate(iso).replace(/^năm /, '');
  return `${short(o.periodStart)} – ${short(o.periodEnd)}`;
}

/** Length of a period in years (for per-year rates); undefined for a point in time. */
export function periodYears(o: { periodStart?: string; periodEnd?: string }): number | undefined {
  if (!o.periodStart || !o.periodEnd) return undefined;
  const toMonths = (iso: string, end: boolean) => {
    const [y, m] = iso.split('-').map(Number) as [number, number | undefined];
    return y * 12 + (m ?? (end ? 12 : 1));
  };
  return (toMonths(o.periodEnd, true) - toMonths(o.periodStart, false) + 1) / 12;
}
