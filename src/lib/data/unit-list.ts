/**
 * The closed list of units a figure or an indicator may be in: the measures
 * of numbers/units.ts (%, ‰, money, area: each converts within its scale)
 * and the count nouns of data/units.csv, each with the thing it counts
 * ("đồng chí" counts "đảng viên") and whether that thing is people. A unit in
 * neither ("kg" on a count of members) is a typing error or a new kind of
 * figure the editor must add. The table is the only place these facts are
 * written: charts and drafts read them through unitFacts, loaded with the data.
 */
import { z } from 'zod';
import { measuredUnits, unitScale } from '../numbers/units.ts';
import type { DataIssue } from './errors.ts';

export const UNITS_FILE = 'units.csv';

export const unitSchema = z.object({
  unit: z.string().min(1, 'cần đơn vị'),
  counted_thing: z.string().min(1, 'cần thứ được đếm (thường chính là đơn vị; "đồng chí" đếm "đảng viên")'),
  /** "yes" when the thing counted is people or households (said on the thing's own row; "đồng chí" reads "đảng viên"'s). */
  counts_people: z.enum(['', 'yes']),
});
export type CountUnit = z.infer<typeof unitSchema>;

/** What data/units.csv says of a unit, for the code that compares, adds and labels figures. */
export interface UnitFacts {
  /** The thing a unit counts ("đồng chí" counts "đảng viên"); a measure, or a noun the list does not name, counts itself. */
  thing: (unit: string) => string;
  /**
   * What a figure counts: the thing its row states when its printed noun counts something else under its indicator ("08 trường
   * hợp" expelled are 8 "đảng viên"; validation holds it to the indicator's unit), else what its printed noun counts.
   */
  thingOf: (o: { unit: string; countedThing?: string }) => string;
  /**
   * Whether a unit counts people or households: one person can be in two groups a text lists ("cán bộ" raised on time and
   * early), so such groups may overlap; acts, documents and cases ("lượt", "văn bản", "vụ") are each counted in one group.
   */
  countsPeople: (unit: string) => boolean;
}

export function unitFacts(counts: CountUnit[]): UnitFacts {
  const things = new Map(counts.map((c) => [c.unit, c.counted_thing]));
  const thing = (unit: string) => things.get(unit) ?? unit;
  const people = new Set(counts.filter((c) => c.counts_people === 'yes').map((c) => c.unit));
  return {
    thing,
    thingOf: (o) => o.countedThing ?? thing(o.unit),
    countsPeople: (unit) => people.has(thing(unit)),
  };
}

/**
 * Problems within the list itself: a noun that counts another thing takes that thing's facts, so the thing must be a row of
 * the list, and the row's own counts_people (which would be ignored) stays empty.
 */
export function unitListProblems(rows: { line: number; value: CountUnit }[]): (Pick<DataIssue, 'row' | 'column' | 'message' | 'fix'>)[] {
  const units = new Set(rows.map((r) => r.value.unit));
  return rows.flatMap(({ line, value: c }) => {
    if (c.counted_thing === c.unit) return [];
    if (!units.has(c.counted_thing))
      return [{ row: line, column: 'counted_thing', message: `"${c.counted_thing}" không có dòng riêng trong danh sách đơn vị`, fix: `thêm dòng "${c.counted_thing},${c.counted_thing}" vào data/${UNITS_FILE}` }];
    if (c.counts_people)
      return [{ row: line, column: 'counts_people', message: `"${c.unit}" đếm "${c.counted_thing}": đếm người hay không là của dòng "${c.counted_thing}"`, fix: `để trống ô này; ghi counts_people ở dòng "${c.counted_thing}"` }];
    return [];
  });
}

/** A check for one table's unit column: the problem with a unit outside the list, or undefined. */
export function unitChecker(counts: CountUnit[]): (unit: string) => Pick<DataIssue, 'message' | 'fix'> | undefined {
  const known = new Set([...measuredUnits(), ...counts.map((c) => c.unit)]);
  // Without the list (a missing or unreadable file, said once by its own issue) every count would be flagged.
  return (unit) =>
    !counts.length || known.has(unit)
      ? undefined
      : {
          message: `đơn vị "${unit}" không có trong danh sách đơn vị`,
          fix: `dùng đơn vị đo (${measuredUnits().join(', ')}) hoặc một danh từ đếm của data/${UNITS_FILE}; kiểu số liệu mới: thêm dòng "${unit},<thứ được đếm>" vào data/${UNITS_FILE}`,
        };
}

export type CountProblem = { column: 'unit' | 'counted_thing' | 'note'; message: string; fix: string };

/**
 * A check that a row counts what its indicator counts. A row keeps the noun its report prints ("08 trường hợp" expelled); when
 * that noun counts something other than the indicator's unit, the row states the conversion (counted_thing "đảng viên": each
 * case is one member, as the sentence says) or belongs under another indicator. Otherwise a rate per 1,000 members, a sum of
 * parts or a comparison would add checks ("lượt") to members, or collectives ("tập thể") to exemplars ("gương"), silently.
 */
export function countedThingChecker(counts: CountUnit[]): (
  row: { unit: string; countedThing?: string; note: string },
  indicator: { id: string; unit: string },
) => CountProblem | undefined {
  const thingOf = unitFacts(counts).thing;
  const things = new Set(counts.flatMap((c) => [c.unit, c.counted_thing]));
  return (row, indicator) => {
    if (unitScale(row.unit) || unitScale(indicator.unit)) {
      return row.countedThing === undefined
        ? undefined
        : { column: 'counted_thing', message: `"${row.unit}" là đơn vị đo, không phải danh từ đếm`, fix: 'để trống counted_thing (đơn vị đo quy đổi theo unit)' };
    }
    const wanted = thingOf(indicator.unit);
    const printed = thingOf(row.unit);
    if (row.countedThing !== undefined) {
      if (row.countedThing === printed)
        return { column: 'counted_thing', message: `"${row.unit}" đã đếm "${printed}"`, fix: 'để trống counted_thing: chỉ ghi khi danh từ in đếm một thứ khác' };
      if (counts.length && !things.has(row.countedThing))
        return { column: 'counted_thing', message: `"${row.countedThing}" không có trong danh sách đơn vị`, fix: `ghi một danh từ đếm của data/${UNITS_FILE} ("${wanted}")` };
      if (row.countedThing !== wanted)
        return {
          column: 'counted_thing',
          message: `dòng đếm "${row.countedThing}", chỉ tiêu ${indicator.id} đếm "${wanted}"`,
          fix: `chuyển dòng sang một chỉ tiêu đếm "${row.countedThing}", hoặc sửa counted_thing`,
        };
      // The conversion is a claim about the text; the reader sees why it holds.
      if (!row.note.trim())
        return { column: 'note', message: `counted_thing "${row.countedThing}" không kèm lý do`, fix: `ghi vào note vì sao mỗi ${row.unit} ở đây là một ${row.countedThing} (câu văn, tổng các phần)` };
      return undefined;
    }
    if (printed === wanted) return undefined;
    return {
      column: 'unit',
      message: `${printed === row.unit ? `"${row.unit}"` : `"${row.unit}" (đếm "${printed}")`} khác thứ chỉ tiêu ${indicator.id} đếm ("${wanted}"), không ghi quy đổi`,
      fix: `nếu văn bản cho thấy mỗi ${row.unit} ở đây là một ${wanted} ("xóa tên 08 trường hợp" đảng viên), ghi counted_thing là "${wanted}" và nói lý do trong note; nếu không, chuyển dòng sang chỉ tiêu đếm "${printed}" (thêm vào data/indicators.csv nếu chưa có)`,
    };
  };
}
