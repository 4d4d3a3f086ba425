import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
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

describe('excelCsv on a fixture of cells spreadsheets would run', () => {
  const fixture = readFileSync(resolve(import.meta.dirname, '../../data/fixtures/downloads/formula-cells.csv'), 'utf8');
  const input = Papa.parse<Record<string, string>>(fixture, { header: true, skipEmptyLines: true }).data;
  const fields = Object.keys(input[0]!);
  const csv = excelCsv(
    fields,
    input.map((row) => fields.map((f) => (f === 'value' && row[f] !== '' ? Number(row[f]) : row[f]))),
  );
  const output = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data;

  it('neutralises every text cell starting with =, +, -, @ or a tab, keeping its text', () => {
    for (const [i, row] of input.entries()) {
      for (const field of fields.filter((f) => f !== 'value')) {
        const cell = row[field]!;
        expect(output[i]![field], `${row.id} ${field}`).toBe(/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);
      }
    }
    expect(output.flatMap((row) => fields.filter((f) => f !== 'value').map((f) => row[f]!)).filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
  });

  it('keeps numbers as numbers, negative ones included', () => {
    expect(output.map((row) => row.value)).toEqual(['261', '27600000000', '-5', '0.19', '']);
  });
});
