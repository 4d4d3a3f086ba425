/**
 * Bad report files and tables beyond observations' rows: each fixture is
 * refused with the file, the line and a fix (the build prints these and
 * stops before writing: tests/site/build-refuses-bad-data.test.ts).
 */
import { copyFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/data/dataset.ts';
import { formatIssue, type DataIssue } from '../../src/lib/data/errors.ts';
import { useTempDirs } from '../support/temp.ts';

const FIXTURES = resolve(import.meta.dirname, 'fixtures');
const tempDir = useTempDirs();

/** Base areas and indicators, no figures: only the report or table under test can be wrong. */
function dataDir(areas = join(FIXTURES, 'base/areas.csv')): string {
  const dir = tempDir('bcm-data-');
  copyFileSync(areas, join(dir, 'areas.csv'));
  copyFileSync(join(FIXTURES, 'base/indicators.csv'), join(dir, 'indicators.csv'));
  copyFileSync(join(FIXTURES, 'base/units.csv'), join(dir, 'units.csv'));
  writeFileSync(join(dir, 'observations.csv'), 'id,indicator,area,value,value_max,unit,qualifier,printed,numerator,denominator,category,period_start,period_end,as_of,report,anchor,quote,part_of,percent_of,note,scope,duration_years,duration_words,target_years,target_words\n');
  return dir;
}

function issuesForReport(folder: string, file: string): DataIssue[] {
  const reportsDir = tempDir('bcm-reports-');
  copyFileSync(join(FIXTURES, folder, file), join(reportsDir, file));
  return loadDataset({ dataDir: dataDir(), reportsDir, checkEditions: true }).issues;
}

function expectIssue(issues: DataIssue[], want: { file: string; row: number; message: RegExp; fix?: RegExp }): void {
  const issue = issues.find((i) => want.message.test(i.message));
  expect(issue, `no issue matches ${want.message}; got:\n${issues.map(formatIssue).join('\n')}`).toBeDefined();
  expect(issue).toMatchObject({ file: want.file, row: want.row });
  expect(issue!.fix).toMatch(want.fix ?? /.{10}/);
}

const SAVE_AS_UTF8 = /lưu lại dạng UTF-8: VS Code: .*Save with Encoding → UTF-8/;

const badReports: Record<string, { row: number; message: RegExp; fix?: RegExp }> = {
  'yaml-indentation.mdx': { row: 10, message: /^frontmatter không đọc được: bad indentation/, fix: /thụt vào bằng dấu cách/ },
  'no-frontmatter.mdx': { row: 1, message: /^thiếu frontmatter$/, fix: /bắt đầu bằng dòng ---/ },
  'unclosed-brace.mdx': { row: 18, message: /^văn bản không đọc được: /, fix: /viết \\\{ hoặc \\</ },
  'expression.mdx': { row: 18, message: /^biểu thức \{process\.env\.HOME\} không được phép/, fix: /viết \\\{/ },
  'import.mdx': { row: 18, message: /import\/export/, fix: /xoá dòng này/ },
  'script.mdx': { row: 18, message: /^thẻ <script> không được phép$/, fix: /PhotoCaption/ },
  'img-onerror.mdx': { row: 18, message: /^thẻ <img> không được phép$/, fix: /PhotoCaption/ },
  'raw-paragraph-id.mdx': { row: 18, message: /^thẻ <p> không được phép$/, fix: /dùng Markdown/ },
  'date-in-future.mdx': { row: 7, message: /^ngày ở tương lai$/, fix: /schema\.ts/ },
  'date-not-in-calendar.mdx': { row: 7, message: /^ngày không có trong lịch/, fix: /schema\.ts/ },
  'unreferenced-footnote.mdx': { row: 22, message: /^chú thích \[\^2\] không được dẫn ở đâu trong văn bản, nên không có trên trang$/, fix: /đặt \[\^2\]/ },
  'schema-missing-and-unknown.mdx': { row: 5, message: /^trường không có trong lược đồ: titel$/, fix: /xoá hoặc sửa tên trường/ },
  'windows-1258.mdx': { row: 2, message: /không phải UTF-8 \(có thể là Windows-1258/, fix: SAVE_AS_UTF8 },
};

describe('report files', () => {
  it('has a case for every bad report fixture', () => {
    expect(readdirSync(join(FIXTURES, 'bad-reports')).sort()).toEqual(Object.keys(badReports).sort());
  });

  it.each(Object.entries(badReports))('%s: names the file, the line and the fix', (file, want) => {
    expectIssue(issuesForReport('bad-reports', file), { file: `content/reports/${file}`, ...want });
  });

  it('accepts what Windows editors write: a BOM and CRLF line ends', () => {
    const reportsDir = tempDir('bcm-reports-');
    copyFileSync(join(FIXTURES, 'accepted-reports/bom-crlf.mdx'), join(reportsDir, 'bao-cao-mau.mdx'));
    const { issues, dataset } = loadDataset({ dataDir: dataDir(), reportsDir, checkEditions: true });
    expect(issues.map(formatIssue)).toEqual([]);
    expect(dataset.reports.get('bao-cao-mau')!.meta.shortTitle).toBe('Báo cáo mẫu');
    expect(dataset.reports.get('bao-cao-mau')!.blocks.map((b) => b.id)).toEqual(['i-ket-qua', 'p-1', 'p-2', 'fn-1']);
  });
});

describe('areas', () => {
  const areaIssues = (file: string) => loadDataset({ dataDir: dataDir(join(FIXTURES, 'bad-areas', file)), reportsDir: tempDir('bcm-reports-') }).issues;

  it('names every row of a cycle', () => {
    const issues = areaIssues('cycle.csv');
    expectIssue(issues, { file: 'data/areas.csv', row: 5, message: /^cây địa bàn có vòng: long-bien → duc-giang → long-bien \(các dòng 5, 6\)$/ });
    expectIssue(issues, { file: 'data/areas.csv', row: 6, message: /^cây địa bàn có vòng: duc-giang → long-bien → duc-giang/ });
  });

  it('names the row whose parent is not a level above it, and the parent’s row', () => {
    expectIssue(areaIssues('parent-level.csv'), {
      file: 'data/areas.csv',
      row: 4,
      message: /^địa bàn cha "nam-tu-liem" \(dòng 3\) là quận, không ở cấp trên của quận$/,
      fix: /parent phải là địa bàn cấp trên \(thanh-pho\)/,
    });
  });

  it('names the row whose parent does not exist', () => {
    expectIssue(areaIssues('unknown-parent.csv'), { file: 'data/areas.csv', row: 6, message: /^địa bàn cha "tay-ho" không có$/ });
  });
});
