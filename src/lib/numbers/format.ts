/**
 * vi-VN formatting of numbers and periods for pages, charts, citations and
 * downloads: "." groups thousands, "," marks decimals. One formatter with
 * named styles, so a value reads the same wherever it appears.
 */

/**
 * How a number is shown:
 * - `count`: a whole count of things on the site ("558 số liệu");
 * - `figure`: a value as the reports print it, up to three decimals ("11.361", "92,1%", "27,6 tỷ");
 * - `rate`: a computed rate (per year, per 1,000 members), one decimal, since more would claim precision it lacks;
 * - `axis`: an axis tick, like `figure`;
 * - `share`: a percentage computed from parts, one decimal;
 * - `years`: a length in years, two decimals ("3,25");
 * - `{ decimals }`: a recomputed value shown to as many places as a check needs.
 */
export type NumberStyle = 'count' | 'figure' | 'rate' | 'axis' | 'share' | 'years';

const DECIMALS: Record<NumberStyle, number> = { count: 0, figure: 3, rate: 1, axis: 3, share: 1, years: 2 };
/** Money reads in tỷ (10⁹) and triệu (10⁶) đồng, as the reports print it. */
const MONEY_SCALES = [
  { factor: 1e9, word: 'tỷ' },
  { factor: 1e6, word: 'triệu' },
] as const;

/** A number in vi-VN with the unit symbols that attach to it (%, ‰) and money in tỷ/triệu. Other units are not appended. */
export function formatNumber(value: number, style: NumberStyle | { decimals: number } = 'figure', unit = ''): string {
  // Intl, not d3-format: the browser scripts use this too, and Intl costs them no bytes.
  const digits = typeof style === 'string' ? DECIMALS[style] : style.decimals;
  const number = (n: number) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: digits }).format(n);
  if (unit === '%' || unit === '‰') return withSign(number(value), unit);
  if (unit === 'đồng') {
    const scale = MONEY_SCALES.find((s) => Math.abs(value) >= s.factor);
    if (scale) return `${number(value / scale.factor)} ${scale.word}`;
  }
  return number(value);
}

/**
 * The one decision on how a per cent or per mille sign stands by its number: closed up ("92,1%"), as most of the reports print it.
 * Every computed figure and every unit the site adds to a printed one goes through here; figures quoted from a source keep
 * their own print ("265,9 %").
 */
const SIGN_SPACE = '';
export const withSign = (number: string, sign: '%' | '‰'): string => `${number}${SIGN_SPACE}${sign}`;

/** The number formatNumber shows, as a number: rounded to the style's decimals, money at its tỷ/triệu scale. */
export function roundedAsFormatted(value: number, style: NumberStyle | { decimals: number } = 'figure', unit = ''): number {
  const digits = typeof style === 'string' ? DECIMALS[style] : style.decimals;
  const factor = unit === 'đồng' ? (MONEY_SCALES.find((s) => Math.abs(value) >= s.factor)?.factor ?? 1) : 1;
  return Number((value / factor).toFixed(digits)) * factor;
}

/** A part's share of a whole, without rounding a small part down to "0%". */
export function formatShare(part: number, whole: number): string {
  const share = (part / whole) * 100;
  return share > 0 && share < 0.1 ? `dưới ${formatNumber(0.1, 'share', '%')}` : formatNumber(share, 'share', '%');
}

/** "2023-04-10" -> "10/4/2023", "2020-04" -> "tháng 4/2020", "2021" -> "năm 2021": dates as Vietnamese readers write them. */
export function formatPartialDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  if (day) return `${Number(day)}/${Number(month)}/${year}`;
  if (month) return `tháng ${Number(month)}/${year}`;
  return `năm ${year}`;
}

/** No-break spaces around the dash: a period never breaks across lines ("2020 – 3/2023"). */
const PERIOD_DASH = '\u00a0–\u00a0';

/**
 * The one way a period is written on pages, charts and downloads: "năm 2021",
 * "2020 – 3/2023", "2015 – 2019", "tại tháng 3/2023", "tại 10/4/2023".
 */
export function formatPeriod(o: { periodStart?: string; periodEnd?: string; asOf?: string }): string {
  if (o.asOf) return `tại ${formatPartialDate(o.asOf)}`;
  if (!o.periodStart || !o.periodEnd) return '';
  if (o.periodStart === o.periodEnd) return formatPartialDate(o.periodStart);
  const bare = (iso: string) => formatPartialDate(iso).replace(/^(năm|tháng) /, '');
  return `${bare(o.periodStart)}${PERIOD_DASH}${bare(o.periodEnd)}`;
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
