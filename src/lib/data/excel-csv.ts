/**
 * CSV for spreadsheets, the one writer every download uses: a BOM so Excel
 * reads UTF-8 (Vietnamese intact), CRLF line ends, and no text cell a
 * spreadsheet would run as a formula. Quotes copied from list items begin
 * with "-" or "+"; a cell starting with =, +, -, @, tab or CR gets a leading
 * apostrophe (papaparse's escapeFormulae). Numbers stay numbers: -5 is not text.
 */
import Papa from 'papaparse';

export type CsvCell = string | number | undefined;

export function excelCsv(fields: string[], rows: CsvCell[][]): string {
  const data = rows.map((row) => row.map((cell) => cell ?? ''));
  return `\uFEFF${Papa.unparse({ fields, data }, { newline: '\r\n', escapeFormulae: true })}\r\n`;
}
