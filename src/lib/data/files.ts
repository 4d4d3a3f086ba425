/** Where the project's data lives, resolved from the repository root (cwd of every script). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { areaSchema, type Area } from './areas.ts';
import { parseCsv } from './csv.ts';
import { DataValidationError } from './errors.ts';

export const DATA_DIR = resolve(process.cwd(), 'data');
export const SOURCES_DIR = resolve(DATA_DIR, 'sources');
export const REPORTS_DIR = resolve(process.cwd(), 'content/reports');

export function loadAreas(): Area[] {
  const file = 'data/areas.csv';
  const { rows, issues } = parseCsv(readFileSync(resolve(DATA_DIR, 'areas.csv'), 'utf8'), file, areaSchema);
  const ids = new Set(rows.map((r) => r.value.id));
  for (const { line, value } of rows) {
    if (value.parent && !ids.has(value.parent)) {
      issues.push({ file, row: line, column: 'parent', message: `địa bàn cha "${value.parent}" không có`, fix: 'thêm địa bàn cha hoặc sửa id' });
    }
  }
  if (issues.length) throw new DataValidationError(issues);
  return rows.map((r) => r.value);
}
