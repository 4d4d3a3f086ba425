import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { loadDataset } from '../../../src/lib/data/dataset.ts';
import { DATA_DIR, REPORTS_DIR } from '../../../src/lib/data/files.ts';
import { propose } from '../../../src/lib/propose/draft-rows.ts';
import { acceptedRows, applyAccepted, draftText, parseDraft, pending } from '../../../src/lib/propose/review.ts';
import { useTempDirs } from '../../support/temp.ts';

const tempDir = useTempDirs();
const { dataset } = loadDataset();
const report = dataset.reports.get('long-bien-so-ket-nq15-ct15-2022')!;
const draft = parseDraft(
  draftText(
    propose({
      report: report.slug,
      area: 'long-bien',
      blocks: report.blocks,
      indicators: dataset.indicators,
      units: dataset.units,
      time: { date: report.meta.date, period: report.meta.period },
      prefix: 'lb',
    }).map((p) => p.row),
  ),
);
const figureRows = draft.filter((r) => r.proposal === 'figure');
/** "đã xử lý, giải quyết 593/608 nội dung …, đạt 97,5%": a ratio and the percentage that restates it. */
const ratio = figureRows.find((r) => r.printed === '593/608')!;
const percent = figureRows.find((r) => r.printed === '97,5%')!;

/** A copy of the data tables to append to. */
function dataCopy(): string {
  const dir = tempDir('bcm-review-test-');
  cpSync(DATA_DIR, dir, { recursive: true });
  return dir;
}

// Each case checks a copy of the whole dataset, as the build does: seconds each on a loaded machine.
describe('review', { timeout: 60_000 }, () => {
  it('keeps every row through the draft file, and waits only for figures and suggested exclusions', () => {
    expect(draft.length).toBeGreaterThan(figureRows.length);
    expect(pending(draft).every((r) => r.proposal !== 'rule')).toBe(true);
    expect(percent.percent_of).toBe(ratio.id);
  });

  it('numbers accepted figures after the ids already in the table, follows their references and drops the machine’s suggestion', () => {
    const rows = draft.map((r) => ({ ...r, decision: r === ratio || r === percent ? 'accept' : '' }));
    const accepted = acceptedRows(rows, ['lb-058', 'ntl-209']);
    expect(accepted.observations.map((o) => o.id)).toEqual(['lb-059', 'lb-060']);
    expect(accepted.observations[1]!.percent_of).toBe('lb-059');
    expect(accepted.observations.every((o) => !o.note!.includes('đề xuất'))).toBe(true);
    expect(Object.keys(accepted.observations[0]!)).not.toContain('decision');
  });

  it('appends accepted rows and exclusions after checking them with the whole dataset', () => {
    const dir = dataCopy();
    const excluded = draft.find((r) => r.proposal === 'exclusion')!;
    const rows = draft.map((r) => ({ ...r, decision: r === ratio || r === percent || r === excluded ? 'accept' : '' }));
    expect(
      applyAccepted(
        acceptedRows(
          rows,
          dataset.observations.map((o) => o.id),
        ),
        { dataDir: dir, reportsDir: REPORTS_DIR },
      ),
    ).toEqual([]);
    const after = loadDataset({ dataDir: dir, reportsDir: REPORTS_DIR });
    expect(after.issues).toEqual([]);
    expect(after.dataset.observations).toHaveLength(dataset.observations.length + 2);
    expect(readFileSync(join(dir, 'coverage-exclusions.csv'), 'utf8').trimEnd().split('\n').at(-1)).toContain(
      `${report.slug},${excluded.printed},`,
    );
  });

  it('appends in the file’s own column order, to a file that leaves optional columns out', () => {
    const dir = dataCopy();
    const file = join(dir, 'observations.csv');
    // The table with its columns reversed and without the optional scope column, as an editor's spreadsheet may save it.
    const table = Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true });
    const columns = table.meta.fields!.filter((c) => c !== 'scope').reverse();
    writeFileSync(file, `${Papa.unparse({ fields: columns, data: table.data.map((r) => columns.map((c) => r[c])) }, { newline: '\n' })}\n`);
    const rows = draft.map((r) => ({ ...r, decision: r === ratio || r === percent ? 'accept' : '' }));
    const accepted = acceptedRows(
      rows,
      dataset.observations.map((o) => o.id),
    );
    expect(applyAccepted(accepted, { dataDir: dir, reportsDir: REPORTS_DIR })).toEqual([]);
    const after = Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true });
    expect(after.meta.fields).toEqual(columns);
    expect(after.data.at(-1)).toMatchObject({ id: accepted.observations[1]!.id, printed: '97,5%', quote: accepted.observations[1]!.quote });
    expect(loadDataset({ dataDir: dir, reportsDir: REPORTS_DIR }).issues).toEqual([]);
  });

  it('writes nothing when an accepted row would break the build, and says which draft row', () => {
    const dir = dataCopy();
    const before = readFileSync(join(dir, 'observations.csv'), 'utf8');
    const rows = draft.map((r) => (r === ratio ? { ...r, decision: 'accept', indicator: 'khong-co' } : r));
    const problems = applyAccepted(
      acceptedRows(
        rows,
        dataset.observations.map((o) => o.id),
      ),
      { dataDir: dir, reportsDir: resolve(REPORTS_DIR) },
    );
    expect(problems).toMatchObject([{ column: 'indicator', draftId: ratio.id }]);
    expect(readFileSync(join(dir, 'observations.csv'), 'utf8')).toBe(before);
  });

  it('files an accepted figure with no indicator under the new indicator drafted for it, added once to the catalogue', () => {
    const dir = dataCopy();
    const drafted = {
      indicator: '',
      new_indicator_id: 'so-noi-dung-phan-anh-da-xu-ly',
      new_indicator_name: 'Số nội dung phản ánh đã xử lý',
      new_indicator_unit: 'nội dung',
      new_indicator_topic: dataset.indicators[0]!.topic,
    };
    const twice = { ...ratio, id: 'lb-999', ...drafted, decision: 'accept' };
    const rows = [...draft.map((r) => (r === ratio ? { ...r, ...drafted, decision: 'accept' } : r)), twice];
    const accepted = acceptedRows(
      rows,
      dataset.observations.map((o) => o.id),
      dataset.indicators.map((i) => i.id),
    );
    expect(accepted.indicators.map((i) => i.id)).toEqual(['so-noi-dung-phan-anh-da-xu-ly']);
    expect(accepted.observations.filter((o) => o.indicator === drafted.new_indicator_id)).toHaveLength(2);
    expect(
      applyAccepted({ ...accepted, observations: accepted.observations.slice(0, 1) }, { dataDir: dir, reportsDir: REPORTS_DIR }),
    ).toEqual([]);
    const after = loadDataset({ dataDir: dir, reportsDir: REPORTS_DIR }).dataset;
    expect(after.indicators.find((i) => i.id === drafted.new_indicator_id)).toMatchObject({
      name: drafted.new_indicator_name,
      unit: 'nội dung',
    });
    expect(after.observations.filter((o) => o.indicator === drafted.new_indicator_id)).toHaveLength(1);
    // Merged: an indicator the editor names, or a drafted id the catalogue already has, adds nothing to it.
    const merged = draft.map((r) =>
      r === ratio ? { ...r, ...drafted, new_indicator_id: dataset.indicators[0]!.id, decision: 'accept' } : r,
    );
    expect(
      acceptedRows(
        merged,
        [],
        dataset.indicators.map((i) => i.id),
      ).indicators,
    ).toEqual([]);
  });
});
