/**
 * Reading a figure as the reports print it.
 *
 * Vietnamese uses "." to group thousands and "," for decimals ("11.361",
 * "92,1%"), but these texts also print "92.1%" with a dot as decimal point,
 * money as "71 tỷ 952 triệu đồng" or "20.214.833.000đ", ratios as "3370/3.432"
 * and ranges as "10-12". A printed figure can therefore have more than one
 * reading ("11.361" is 11361 or 11.361): this module lists every reading the
 * printing allows, and the data keeps an explicit value that must be one of them.
 */

export const QUALIFIERS = ['trên', 'hơn', 'gần', 'khoảng', 'dưới'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

const MULTIPLIERS: Record<string, number> = { tỷ: 1e9, triệu: 1e6, nghìn: 1e3, ngàn: 1e3 };

/** The units a printed number may carry ('%' in "92,1%", 'đồng' in "27,6 tỷ đồng"): the suffix is the figure's unit. */
export const PRINTED_SUFFIXES = ['%', '‰', 'đồng', 'ha', 'km2', 'm2'] as const;
export type PrintedSuffix = (typeof PRINTED_SUFFIXES)[number] | '';
export const isPrintedSuffix = (unit: string): unit is PrintedSuffix => (PRINTED_SUFFIXES as readonly string[]).includes(unit);

export interface PrintedReading {
  qualifier: Qualifier | '';
  /** Every value the printed number can stand for, multipliers applied. */
  values: number[];
  /** Upper end of a range "10-12". */
  maxValues?: number[];
  ratio?: { numerators: number[]; denominators: number[] };
  suffix: PrintedSuffix;
}

export class PrintedNumberError extends Error {}

/** Readings of one digit group such as "11.361", "92,1", "6.203,637", "05". */
export function numberReadings(token: string): number[] {
  if (!/^\d[\d.,]*$/.test(token) || /[.,]$/.test(token)) throw new PrintedNumberError(`"${token}" không phải một số`);
  const dots = token.split('.').length - 1;
  const commas = token.split(',').length - 1;
  if (commas > 1) throw new PrintedNumberError(`"${token}" có nhiều dấu phẩy`);
  if (dots && commas) {
    const [whole, fraction] = token.split(',') as [string, string];
    if (!/^\d{1,3}(\.\d{3})+$/.test(whole)) throw new PrintedNumberError(`"${token}": nhóm hàng nghìn sai`);
    return [Number(`${whole.replace(/\./g, '')}.${fraction}`)];
  }
  if (commas) return [Number(token.replace(',', '.'))];
  if (dots > 1) {
    if (!/^\d{1,3}(\.\d{3})+$/.test(token)) throw new PrintedNumberError(`"${token}": nhóm hàng nghìn sai`);
    return [Number(token.replace(/\./g, ''))];
  }
  if (dots === 1) {
    const [whole, after] = token.split('.') as [string, string];
    const decimal = Number(`${whole}.${after}`);
    // Three digits after a single dot: thousands in Vietnamese, a decimal in English style.
    return after.length === 3 && whole.length <= 3 ? [Number(whole + after), decimal] : [decimal];
  }
  return [Number(token)];
}

function combine(a: number[], b: number[], op: (x: number, y: number) => number): number[] {
  return a.flatMap((x) => b.map((y) => op(x, y)));
}

/** Parse a printed figure: "trên 90%", "559/700", "71 tỷ 952 triệu đồng", "20.214.833.000đ", "10-12", "0,19‰", "10,72 km2". */
export function readPrinted(printed: string): PrintedReading {
  let text = printed.trim().replace(/\s+/g, ' ');
  let qualifier: Qualifier | '' = '';
  for (const q of QUALIFIERS) {
    if (text.toLowerCase().startsWith(`${q} `)) {
      qualifier = q;
      text = text.slice(q.length + 1);
      break;
    }
  }

  let suffix: PrintedSuffix = '';
  const suffixMatch = /\s*(%|‰|đồng|đ|ha|km2|km²|m2|m²)$/.exec(text);
  if (suffixMatch) {
    suffix = suffixMatch[1] === 'đ' ? 'đồng' : (suffixMatch[1]!.replace('²', '2') as PrintedSuffix);
    text = text.slice(0, suffixMatch.index).trim();
  }

  const ratio = /^(\d[\d.,]*)\s*\/\s*(\d[\d.,]*)$/.exec(text);
  if (ratio) {
    const numerators = numberReadings(ratio[1]!);
    return { qualifier, values: numerators, ratio: { numerators, denominators: numberReadings(ratio[2]!) }, suffix };
  }
  // "10-12", and "12%-13%" where the symbol is printed on both ends.
  const range = new RegExp(`^(\\d[\\d.,]*)\\s*${suffix === '%' || suffix === '‰' ? `(?:${suffix})?` : ''}\\s*[-–]\\s*(\\d[\\d.,]*)$`).exec(
    text,
  );
  if (range) return { qualifier, values: numberReadings(range[1]!), maxValues: numberReadings(range[2]!), suffix };

  // Money and large counts: "71 tỷ 952 triệu", "6.203,637 tỷ", "480 triệu".
  const parts = text.split(' ');
  let total = [0];
  for (let i = 0; i < parts.length; i++) {
    const readings = numberReadings(parts[i]!);
    const multiplierWord = parts[i + 1];
    const multiplier = multiplierWord ? MULTIPLIERS[multiplierWord] : undefined;
    if (multiplierWord && multiplier === undefined) throw new PrintedNumberError(`"${printed}": không hiểu "${multiplierWord}"`);
    if (multiplier) i++;
    total = combine(total, readings, (sum, v) => sum + v * (multiplier ?? 1));
    if (!multiplier && i < parts.length - 1) throw new PrintedNumberError(`"${printed}": thừa "${parts.slice(i + 1).join(' ')}"`);
  }
  return { qualifier, values: total, suffix };
}

/** Equal up to floating-point noise from the decimal arithmetic above. */
export function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Decimal places a reader sees in a printed figure ("92,1%" -> 1, "79,85%" -> 2, "100%" -> 0). */
export function printedDecimals(printed: string): number {
  const match = /[.,](\d+)\s*(%|‰)?$/.exec(printed.replace(/\s*(%|‰)$/, '$1'));
  if (!match) return 0;
  // "11.361" with three digits after a dot is a thousands group, not decimals.
  return /\.\d{3}$/.test(printed.replace(/\s*(%|‰)$/, '')) ? 0 : match[1]!.length;
}
