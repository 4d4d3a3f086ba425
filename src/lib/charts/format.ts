/** d3 number formatting in vi-VN: "." groups thousands, "," marks decimals. */
import { formatLocale } from 'd3';

export const viLocale = formatLocale({ decimal: ',', thousands: '.', grouping: [3], currency: ['', ' đồng'] });

/** Axis tick label: 12000 -> "12.000", 2.5 -> "2,5", 27600000000 đồng -> "27,6 tỷ". */
export function formatTick(value: number, unit: string): string {
  if (unit === 'đồng') {
    if (Math.abs(value) >= 1e9) return `${viLocale.format(',.3~f')(value / 1e9)} tỷ`;
    if (Math.abs(value) >= 1e6) return `${viLocale.format(',.3~f')(value / 1e6)} tr`;
  }
  const suffix = unit === '%' || unit === '‰' ? unit : '';
  return `${viLocale.format(',.3~f')(value)}${suffix}`;
}
