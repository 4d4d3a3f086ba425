/**
 * From a reviewed draft to the data tables. The editor decides each row
 * (accept, edit, exclude, skip); accepted figures become rows of
 * data/observations.csv with ids that follow the ones already there,
 * accepted exclusions rows of data/coverage-exclusions.csv. An accepted
 * figure left without a catalogue indicator takes the new indicator drafted
 * for it, which becomes a row of data/indicators.csv (unless one with its id
 * is there: the figure is then merged into it). Before anything
 * is written, the new rows are validated with the whole dataset exactly as
 * the build does, so an accepted draft never breaks the build.
 */
import { appendFileSync, copyFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { exclusionSchema } from '../data/coverage.ts';
import { loadDataset, type DataPaths } from '../data/dataset.ts';
import type { DataIssue } from '../data/errors.ts';
import { indicatorSchema } from '../data/indicators.ts';
import { draftColumns, observationColumns, SUGGESTION, type DraftRow } from './draft-rows.ts';

export type Decision = '' | 'accept' | 'exclude' | 'skip' | 'applied';

export function parseDraft(text: string): DraftRow[] {
  const parsed = Papa.parse<DraftRow>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  return parsed.data.map((row) => Object.fromEntries(draftColumns().map((c) => [c, row[c] ?? ''])));
}

export function draftText(rows: DraftRow[]): string {
  return `${Papa.unparse({ fields: draftColumns(), data: rows.map((r) => draftColumns().map((c) => r[c] ?? '')) }, { newline: '\n' })}\n`;
}

/** Rows still waiting for the editor: figures and suggested exclusions; numbers set aside by rule need no decision. */
export const pending = (rows: DraftRow[]) => rows.filter((r) => r.proposal !== 'rule' && r.decision === '');

export interface Accepted {
  observations: DraftRow[];
  /** New indicators the accepted figures are filed under, for data/indicators.csv. */
  indicators: DraftRow[];
  exclusions: DraftRow[];
  /** Draft id → id in data/observations.csv. */
  ids: Map<string, string>;
}

const ID = /^([a-z]+)-(\d+)$/;

/**
 * The rows to append: accepted figures renumbered after the highest id with
 * their prefix (references between them follow), the machine's suggestion
 * removed from the note; accepted exclusions with their reason.
 */
export function acceptedRows(rows: DraftRow[], existingIds: Iterable<string>, existingIndicators: Iterable<string> = []): Accepted {
  const highest = new Map<string, number>();
  for (const id of existingIds) {
    const m = ID.exec(id);
    if (m) highest.set(m[1]!, Math.max(highest.get(m[1]!) ?? 0, Number(m[2])));
  }
  const figures = rows.filter((r) => r.decision === 'accept' && r.proposal === 'figure');
  const ids = new Map<string, string>();
  for (const row of figures) {
    const prefix = ID.exec(row.id!)?.[1] ?? 'moi';
    const next = (highest.get(prefix) ?? 0) + 1;
    highest.set(prefix, next);
    ids.set(row.id!, `${prefix}-${String(next).padStart(3, '0')}`);
  }
  const known = new Set(existingIndicators);
  const indicators: DraftRow[] = [];
  const observations = figures.map((row) => {
    const out = Object.fromEntries(observationColumns().map((c) => [c, row[c] ?? '']));
    if (!out.indicator && row.new_indicator_id) {
      out.indicator = row.new_indicator_id;
      if (!known.has(row.new_indicator_id)) {
        known.add(row.new_indicator_id);
        indicators.push({
          id: row.new_indicator_id,
          name: row.new_indicator_name ?? '',
          definition: `${row.new_indicator_name}: chỉ tiêu mới theo văn bản ${row.report}, “${row.quote}”`,
          unit: row.new_indicator_unit ?? '',
          topic: row.new_indicator_topic ?? '',
          comparability: 'not-comparable',
          comparability_note: 'Chỉ tiêu mới từ một văn bản: chưa so sánh với địa bàn khác.',
        });
      }
    }
    out.id = ids.get(row.id!)!;
    for (const ref of ['part_of', 'percent_of']) if (out[ref] && ids.has(out[ref])) out[ref] = ids.get(out[ref])!;
    out.note = out.note!.replace(SUGGESTION, '').trim();
    return out;
  });
  const exclusions = rows
    .filter((r) => (r.decision === 'accept' && r.proposal === 'exclusion') || (r.decision === 'exclude' && r.proposal !== 'rule'))
    .map((r) => Object.fromEntries(Object.keys(exclusionSchema.shape).map((c) => [c, r[c] ?? ''])));
  return { observations, indicators, exclusions, ids };
}

/** Rows as CSV lines to add under an existing header (no header, one newline per row). */
const csvLines = (columns: string[], rows: DraftRow[]) =>
  rows.length
    ? `${Papa.unparse({ fields: columns, data: rows.map((r) => columns.map((c) => r[c] ?? '')) }, { header: false, newline: '\n' })}\n`
    : '';

function appendRows(file: string, columns: string[], rows: DraftRow[]): void {
  const text = readFileSync(file, 'utf8');
  appendFileSync(file, `${text.endsWith('\n') ? '' : '\n'}${csvLines(columns, rows)}`);
}

const INDICATOR_COLUMNS = Object.keys(indicatorSchema.shape);

/** A problem of an accepted row, with the id the row has in the draft. */
export interface ReviewProblem extends DataIssue {
  draftId?: string;
}

/**
 * Append the accepted rows to the tables in `paths.dataDir`, after checking
 * them with the whole dataset in a scratch copy; returns the problems of the
 * new rows (the tables are left untouched when there are any).
 */
export function applyAccepted(accepted: Accepted, paths: DataPaths): ReviewProblem[] {
  const scratch = mkdtempSync(join(tmpdir(), 'bcm-review-'));
  try {
    for (const table of ['areas.csv', 'indicators.csv', 'observations.csv', 'coverage-exclusions.csv']) {
      if (existsSync(join(paths.dataDir, table))) copyFileSync(join(paths.dataDir, table), join(scratch, table));
    }
    if (existsSync(join(paths.dataDir, 'sources'))) cpSync(join(paths.dataDir, 'sources'), join(scratch, 'sources'), { recursive: true });
    const before = readFileSync(join(scratch, 'observations.csv'), 'utf8').trimEnd().split('\n').length;
    appendRows(join(scratch, 'indicators.csv'), INDICATOR_COLUMNS, accepted.indicators);
    appendRows(join(scratch, 'observations.csv'), observationColumns(), accepted.observations);
    const draftIds = new Map([...accepted.ids].map(([draft, final]) => [final, draft]));
    const problems = loadDataset({ dataDir: scratch, reportsDir: paths.reportsDir })
      .issues.filter((i) => i.file !== 'data/observations.csv' || i.row > before || i.row === 0)
      .map((i) => ({
        ...i,
        draftId: i.file === 'data/observations.csv' ? draftIds.get(accepted.observations[i.row - before - 1]?.id ?? '') : undefined,
      }));
    if (problems.length) return problems;
    appendRows(join(paths.dataDir, 'indicators.csv'), INDICATOR_COLUMNS, accepted.indicators);
    appendRows(join(paths.dataDir, 'observations.csv'), observationColumns(), accepted.observations);
    const exclusions = join(paths.dataDir, 'coverage-exclusions.csv');
    if (!existsSync(exclusions)) writeFileSync(exclusions, `${Object.keys(exclusionSchema.shape).join(',')}\n`);
    appendRows(exclusions, Object.keys(exclusionSchema.shape), accepted.exclusions);
    return [];
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
