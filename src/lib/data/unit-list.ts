/**
 * The closed list of units a figure or an indicator may be in: the measures
 * of numbers/units.ts (%, ‰, money, area: each converts within its scale)
 * and the count nouns of data/units.csv, each with the thing it counts
 * ("đồng chí" counts "đảng viên"). A unit in neither ("kg" on a count of
 * members) is a typing error or a new kind of figure the editor must add.
 */
import { z } from 'zod';
import { measuredUnits } from '../numbers/units.ts';
import type { DataIssue } from './errors.ts';

export const UNITS_FILE = 'units.csv';

export const unitSchema = z.object({
  unit: z.string().min(1, 'cần đơn vị'),
  counted_thing: z.string().min(1, 'cần thứ được đếm (thường chính là đơn vị; "đồng chí" đếm "đảng viên")'),
});
export type CountUnit = z.infer<typeof unitSchema>;

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
