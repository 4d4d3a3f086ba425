/**
 * Strict CSV reading for the data tables: papaparse does the parsing, this
 * module refuses anything an editor could have got wrong (unclosed quotes,
 * wrong column count, unknown or missing columns, stray blank separators) and
 * reports it with file, line and column. BOM and CRLF are accepted: Excel writes them.
 */
import Papa from 'papaparse';
import type { z } from 'zod';
import type { DataIssue } from './errors.ts';

export interface ParsedTable<T> {
  rows: { line: number; value: T }[];
  issues: DataIssue[];
}

/** A cell as a message quotes it: a long one (a pasted page) is cut, not printed whole. */
const shown = (cell: string) => (cell.length > 80 ? `${cell.slice(0, 80)}…` : cell);

export function parseCsv<S extends z.ZodObject>(text: string, file: string, schema: S): ParsedTable<z.infer<S>> {
  const issues: DataIssue[] = [];
  const content = text.replace(/^\uFEFF/, '');
  const lines = content.split(/\r?\n/);
  const header = (lines[0] ?? '').split(',').map((h) => h.trim());
  const expected = Object.keys(schema.shape);
  // A column whose cells may be empty may also be left out of a file: its cells read as empty.
  const optional = new Set(expected.filter((c) => (schema.shape[c] as z.ZodType).safeParse('').data === ''));

  const missing = expected.filter((c) => !header.includes(c) && !optional.has(c));
  const unknown = header.filter((c) => !expected.includes(c));
  if (missing.length || unknown.length) {
    issues.push({
      file,
      row: 1,
      message: `tiêu đề cột không khớp (thiếu: ${missing.join(', ') || 'không'}; thừa: ${unknown.join(', ') || 'không'})`,
      fix: `dòng đầu phải có các cột: ${expected.filter((c) => !optional.has(c)).join(',')}${optional.size ? `; có thể thêm: ${[...optional].join(',')}` : ''}`,
    });
    return { rows: [], issues };
  }

  const parsed = Papa.parse<string[]>(content, { delimiter: ',', skipEmptyLines: false });
  // papaparse counts rows, not lines: map each row back to its first line for messages.
  const rowLine: number[] = [];
  {
    let line = 1;
    let inQuotes = false;
    let rowStart = 1;
    for (let i = 0; i < content.length; i++) {
      const c = content[i];
      if (c === '"') inQuotes = !inQuotes;
      else if (c === '\n' && !inQuotes) {
        rowLine.push(rowStart);
        line++;
        rowStart = line;
      } else if (c === '\n') line++;
    }
    rowLine.push(rowStart);
  }

  for (const error of parsed.errors) {
    const line = rowLine[error.row ?? 0] ?? 0;
    if (error.code === 'MissingQuotes' || error.code === 'InvalidQuotes') {
      issues.push({ file, row: line, message: 'dấu ngoặc kép không được đóng hoặc đặt sai', fix: 'đóng ngoặc kép của ô; trong ô, viết dấu " thành ""' });
    } else if (error.code !== 'TooFewFields' && error.code !== 'TooManyFields') {
      issues.push({ file, row: line, message: `lỗi đọc CSV: ${error.message}`, fix: 'kiểm tra dòng này trong trình soạn thảo văn bản' });
    }
  }
  if (issues.length) return { rows: [], issues };

  const rows: { line: number; value: z.infer<S> }[] = [];
  parsed.data.slice(1).forEach((cells, index) => {
    const line = rowLine[index + 1] ?? index + 2;
    if (cells.length === 1 && cells[0] === '') return; // blank line (also the final newline)
    if (cells.length !== header.length) {
      issues.push({
        file,
        row: line,
        message: `có ${cells.length} cột, cần ${header.length}`,
        fix: 'kiểm tra dấu phẩy thừa/thiếu; ô có dấu phẩy phải đặt trong ngoặc kép',
      });
      return;
    }
    const record = Object.fromEntries(expected.map((c) => [c, cells[header.indexOf(c)]?.trim() ?? '']));
    const result = schema.safeParse(record);
    if (!result.success) {
      for (const problem of result.error.issues) {
        issues.push({
          file,
          row: line,
          column: String(problem.path[0] ?? ''),
          message: `giá trị "${shown(record[String(problem.path[0])] ?? '')}" không hợp lệ: ${problem.message}`,
          fix: 'sửa ô này theo mô tả cột trong từ điển dữ liệu (/du-lieu/)',
        });
      }
      return;
    }
    rows.push({ line, value: result.data });
  });
  return { rows, issues };
}
