import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { excelCsv } from '../../../src/lib/data/excel-csv.ts';

describe('excelCsv', () => {
  const csv = excelCsv(
    ['id', 'quote', 'value'],
    [
      ['a-1', '- Tổ chức 261 lớp, có 19.473 lượt đảng viên', 261],
      ['a-2', '=HYPERLINK("http://x","y")', -5],
      ['a-3', '+ Kết nạp 559 đảng viên, "vượt" chỉ tiêu', undefined],
      ['a-4', '@SUM(A1)', 0.19],
    ],
  );
  const rows = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data;
  it('writes a BOM and CRLF so Excel reads Vietnamese and lines right', () => {
    expect(csv.startsWith('\uFEFFid,quote,value\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });
  it('never lets a text cell start a formula, and keeps every character of it', () => {
    expect(rows.map((r) => r.quote)).toEqual([
      "'- Tổ chức 261 lớp, có 19.473 lượt đảng viên",
      '\'=HYPERLINK("http://x","y")',
      '\'+ Kết nạp 559 đảng viên, "vượt" chỉ tiêu',
      "'@SUM(A1)",
    ]);
  });
  it('leaves numbers as numbers, negative ones included, and empty cells empty', () => {
    expect(rows.map((r) => r.value)).toEqual(['261', '-5', '', '0.19']);
  });
});
