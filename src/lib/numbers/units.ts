/**
 * Units of measure. A figure's unit either counts things ("đảng viên",
 * "đồng chí", "lượt": the noun the report prints, which may differ from the
 * indicator's while it counts the same thing) or measures on a scale: area,
 * money, per cent, per mille. A measured value converts only within its
 * scale (10,72 km2 = 1.072 ha; 27.600 triệu đồng = 27,6 tỷ đồng); a value in
 * km2 filed under an indicator in đồng, or a count filed under a percentage,
 * is a mistake the build refuses. What a count noun counts, and whether it
 * counts people, is data: data/units.csv, read by data/unit-list.ts.
 */
import { withSign } from './format.ts';
import { readPrinted } from './printed.ts';

/** Each scale: its units and how many of the first unit one of them is. */
const SCALES: Record<string, Record<string, number>> = {
  'diện tích': { ha: 1, km2: 100, m2: 1e-4 },
  'số tiền': { đồng: 1, 'nghìn đồng': 1e3, 'triệu đồng': 1e6, 'tỷ đồng': 1e9 },
  'tỷ lệ phần trăm': { '%': 1 },
  'tỷ lệ phần nghìn': { '‰': 1 },
};
/** The scales that are rates already: percentages and per-mille compare across areas of any size. */
const RATES = new Set(['tỷ lệ phần trăm', 'tỷ lệ phần nghìn']);

/** Spellings of the same unit: "km²" is "km2". */
const normalise = (unit: string) => unit.trim().replace('²', '2');

const scaleOf = (unit: string): [string, Record<string, number>] | undefined =>
  Object.entries(SCALES).find(([, units]) => normalise(unit) in units);

/** Every unit of every scale: with the count nouns of data/units.csv, the units a figure may be in (data/unit-list.ts). */
export const measuredUnits = (): string[] => Object.values(SCALES).flatMap((units) => Object.keys(units));

/** The scale a unit measures on ("diện tích", "số tiền"…), or undefined for a count noun. */
export function unitScale(unit: string): string | undefined {
  return scaleOf(unit)?.[0];
}

/** What a value in `from` is multiplied by to be in `to`; undefined when they are not on one scale. */
export function conversionFactor(from: string, to: string): number | undefined {
  if (normalise(from) === normalise(to)) return 1;
  const scale = scaleOf(from);
  if (!scale || !(normalise(to) in scale[1])) return undefined;
  return scale[1][normalise(from)]! / scale[1][normalise(to)]!;
}

/**
 * Why a figure in `unit` cannot be an observation of an indicator in
 * `indicatorUnit`, or undefined when it can: the same unit, a unit of the
 * same scale, or two count nouns.
 */
export function unitMismatch(unit: string, indicatorUnit: string): string | undefined {
  if (conversionFactor(unit, indicatorUnit) !== undefined) return undefined;
  const [own, expected] = [unitScale(unit), unitScale(indicatorUnit)];
  if (!own && !expected) return undefined;
  const describe = (u: string, scale: string | undefined) => `"${u}" (${scale ?? 'đơn vị đếm'})`;
  return `đơn vị ${describe(unit, own)} không đổi được sang đơn vị của chỉ tiêu ${describe(indicatorUnit, expected)}`;
}

/** The units a measured unit converts to, for messages ("ha, km2, m2"). */
export function convertibleUnits(unit: string): string[] {
  return Object.keys(scaleOf(unit)?.[1] ?? {});
}

/** A value expressed in another unit of its scale (the value itself when the units are count nouns). */
export function convertValue(value: number, from: string, to: string): number {
  return value * (conversionFactor(from, to) ?? 1);
}

/** A rate already (%, ‰): compares across areas of any size. */
export const isRate = (unit: string): unit is '%' | '‰' => RATES.has(unitScale(unit) ?? '');

/** How a unit is written for readers: "km2" as "km²". */
export function unitSymbol(unit: string): string {
  return normalise(unit).replace(/^(k?m)2$/, '$1²');
}

/**
 * A figure as printed, with its measured unit added when the printing leaves
 * it to the context ("10,72" in a sentence about km2 reads "10,72 km²"), so
 * figures in different units of one scale never stand side by side bare.
 */
export function printedWithUnit(o: { printed: string; unit: string }): string {
  if (!unitScale(o.unit)) return o.printed;
  // Validation has read every printed figure before a page shows it.
  if (readPrinted(o.printed).suffix) return o.printed;
  return isRate(o.unit) ? withSign(o.printed, o.unit) : `${o.printed} ${unitSymbol(o.unit)}`;
}
