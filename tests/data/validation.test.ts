import { copyFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkConsistency } from '../../src/lib/data/consistency.ts';
import { loadDataset, loadUnitFacts } from '../../src/lib/data/dataset.ts';
import { formatIssue } from '../../src/lib/data/errors.ts';
import { withSign } from '../../src/lib/numbers/format.ts';
import { useTempDirs } from '../support/temp.ts';

const FIXTURES = resolve(import.meta.dirname, 'fixtures');
const reportsDir = resolve(process.cwd(), 'content/reports');
const tempDir = useTempDirs();

/** A data directory with the base areas and indicators and the given observations file. */
function dataDirWith(observations: string): string {
  const dir = tempDir('bcm-data-');
  copyFileSync(join(FIXTURES, 'base/areas.csv'), join(dir, 'areas.csv'));
  copyFileSync(join(FIXTURES, 'base/indicators.csv'), join(dir, 'indicators.csv'));
  copyFileSync(join(FIXTURES, 'base/units.csv'), join(dir, 'units.csv'));
  copyFileSync(observations, join(dir, 'observations.csv'));
  return dir;
}

const expected: Record<string, { row: number; column?: string; message: RegExp }> = {
  'unclosed-quote.csv': { row: 2, message: /ngoặc kép/ },
  'wrong-column-count.csv': { row: 3, message: /có 26 cột, cần 25/ },
  'stray-separator.csv': { row: 2, message: /có 26 cột, cần 25/ },
  'non-numeric-value.csv': { row: 2, column: 'value', message: /không phải số/ },
  'ambiguous-reading-unexplained.csv': { row: 2, column: 'note', message: /thường đọc là 11361/ },
  'value-mismatch-thousands.csv': { row: 2, column: 'value', message: /11.36 không khớp với "11.361"/ },
  'value-mismatch-money.csv': { row: 2, column: 'value', message: /không khớp với "71 tỷ 952 triệu đồng"/ },
  'value-mismatch-percent.csv': { row: 2, column: 'value', message: /7985 không khớp với "79,85%"/ },
  'value-mismatch-ratio.csv': { row: 2, column: 'denominator', message: /mẫu số phải là 3432/ },
  'unknown-area.csv': { row: 2, column: 'area', message: /địa bàn "tu-liem" không có/ },
  'unknown-indicator.csv': { row: 2, column: 'indicator', message: /chỉ tiêu "dang-vien" không có/ },
  'unknown-report.csv': { row: 2, column: 'report', message: /không có văn bản "nam-tu-liem-2023"/ },
  'unknown-reference.csv': { row: 2, column: 'percent_of', message: /không có số liệu "ntl-404"/ },
  'duplicate-id.csv': { row: 3, column: 'id', message: /id "ntl-001" trùng với dòng 2/ },
  'quote-not-verbatim.csv': { row: 2, column: 'quote', message: /không có nguyên văn/ },
  'anchor-missing.csv': { row: 2, column: 'anchor', message: /không có đoạn #fn-99/ },
  'anchor-wrong-paragraph.csv': { row: 2, column: 'anchor', message: /nằm ở đoạn fn-8, không ở #fn-7/ },
  'duration-words-not-in-text.csv': { row: 2, column: 'duration_words', message: /"trong 5 năm qua" không có trong trích dẫn hay trong đoạn #p-22/ },
  'duration-years-mismatch.csv': { row: 2, column: 'duration_years', message: /"nửa đầu nhiệm kỳ" là 2,5 năm, duration_years là 3.25/ },
  'target-words-without-ratio.csv': { row: 2, column: 'target_words', message: /chỉ dùng cho số in dạng "đạt\/chỉ tiêu"/ },
  'encoding-windows-1258.csv': { row: 2, message: /^tệp không phải UTF-8 \(có thể là Windows-1258/ },
  'encoding-utf-16.csv': { row: 0, message: /^tệp được lưu dạng UTF-16/ },
  'quote-decomposed-unicode.csv': { row: 2, column: 'quote', message: /khác dạng Unicode \(tổ hợp, NFD; văn bản: dựng sẵn, NFC\)/ },
  'date-not-in-calendar.csv': { row: 2, column: 'as_of', message: /"2020-02-30" không hợp lệ: ngày không có trong lịch/ },
  'date-in-future.csv': { row: 2, column: 'as_of', message: /"2999-12-31" không hợp lệ: ngày ở tương lai/ },
  'note-too-long.csv': { row: 2, column: 'note', message: /trang\.…" không hợp lệ: dài 10799 ký tự, tối đa 600/ },
  'unit-not-in-list.csv': { row: 2, column: 'unit', message: /^đơn vị "kg" không có trong danh sách đơn vị$/ },
  'counted-thing-differs.csv': { row: 2, column: 'unit', message: /^"lượt" khác thứ chỉ tiêu kiem-tra-dang-vien đếm \("đảng viên"\), không ghi quy đổi$/ },
  'unit-not-convertible.csv': { row: 2, column: 'unit', message: /đơn vị "ha" \(diện tích\) không đổi được sang đơn vị của chỉ tiêu "đồng" \(số tiền\)/ },
};

describe('data validation', () => {
  it('accepts the valid base fixture', () => {
    const { issues, dataset } = loadDataset({ dataDir: join(FIXTURES, 'base'), reportsDir });
    expect(issues.map(formatIssue)).toEqual([]);
    expect(dataset.observations).toHaveLength(7);
  });

  it('accepts what Excel writes: BOM, CRLF, blank lines', () => {
    const { issues, dataset } = loadDataset({ dataDir: dataDirWith(join(FIXTURES, 'accepted/bom-crlf-blank-lines.csv')), reportsDir });
    expect(issues).toEqual([]);
    expect(dataset.observations.map((o) => o.id)).toEqual(['ntl-001', 'ntl-002']);
  });

  it('refuses a list of units that disagrees with itself, naming the row, and stops tools that read it alone', () => {
    const dir = dataDirWith(join(FIXTURES, 'base/observations.csv'));
    writeFileSync(join(dir, 'units.csv'), 'unit,counted_thing,counts_people\nđảng viên,đảng viên,yes\nđồng chí,đảng viên,yes\n');
    expect(loadDataset({ dataDir: dir, reportsDir }).issues).toContainEqual(
      expect.objectContaining({ file: 'data/units.csv', row: 3, column: 'counts_people' }),
    );
    expect(() => loadUnitFacts(dir)).toThrow(/data\/units.csv, dòng 3/);
  });

  it('has a fixture for every kind of bad input', () => {
    expect(readdirSync(join(FIXTURES, 'bad')).sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.entries(expected))('%s: names file, line, column and the fix', (file, want) => {
    const { issues } = loadDataset({ dataDir: dataDirWith(join(FIXTURES, 'bad', file)), reportsDir });
    expect(issues.length, issues.map(formatIssue).join('\n')).toBeGreaterThan(0);
    const issue = issues.find((i) => want.message.test(i.message));
    expect(issue, `no issue matches ${want.message}; got:\n${issues.map(formatIssue).join('\n')}`).toBeDefined();
    expect(issue).toMatchObject({ file: 'data/observations.csv', row: want.row, ...(want.column ? { column: want.column } : {}) });
    expect(issue!.fix.length).toBeGreaterThan(5);
  });
});

describe('consistency notes', () => {
  it('notes a percentage truncated instead of rounded, and accepts one that agrees', () => {
    const { dataset } = loadDataset({ dataDir: join(FIXTURES, 'base'), reportsDir });
    const notes = checkConsistency(dataset.observations);
    expect(notes.map((n) => n.observation)).toEqual(['ntl-003']);
    expect(notes[0]!.message).toMatch(/cắt bớt/);
  });
  it('notes parts that do not add up to their total and a percentage that does not match its ratio', () => {
    const base = { unit: 'người', qualifier: '', category: '', report: 'r', anchor: 'p-1', quote: '', note: '', scope: '' };
    const notes = checkConsistency([
      { ...base, id: 'a-1', indicator: 'x', area: 'a', value: 26, printed: '26' },
      { ...base, id: 'a-2', indicator: 'x', area: 'a', value: 20, printed: '20', partOf: 'a-1' },
      { ...base, id: 'a-3', indicator: 'x', area: 'a', value: 3, printed: '03', partOf: 'a-1' },
      { ...base, id: 'a-6', indicator: 'x', area: 'a', value: 2, printed: '02', partOf: 'a-1' },
      // "trong đó": one part short of its total is not a disagreement…
      { ...base, id: 'b-1', indicator: 'x', area: 'a', value: 87, printed: '87' },
      { ...base, id: 'b-2', indicator: 'x', area: 'a', value: 2, printed: '02', partOf: 'b-1' },
      // …but parts that exceed their total are.
      { ...base, id: 'c-1', indicator: 'x', area: 'a', value: 344, printed: '344' },
      { ...base, id: 'c-2', indicator: 'x', area: 'a', value: 327, printed: '327', partOf: 'c-1' },
      { ...base, id: 'c-3', indicator: 'x', area: 'a', value: 35, printed: '35', partOf: 'c-1' },
      { ...base, id: 'a-4', indicator: 'y', area: 'a', value: 260, printed: '260/140', numerator: 260, denominator: 140 },
      { ...base, id: 'a-5', indicator: 'z', area: 'a', value: 147, unit: '%', printed: '147%', percentOf: 'a-4' },
    ]);
    expect(notes.map((n) => [n.kind, n.observation])).toEqual([['percent', 'a-5'], ['parts', 'a-1'], ['parts', 'c-1']]);
    expect(notes[0]!.message).toContain(withSign('185,71', '%'));
  });
});
