import { spawnSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../support/temp.ts';

const FIXTURES = resolve(import.meta.dirname, '../data/fixtures');
const tempDir = useTempDirs();

/**
 * Bad input of each kind (a table row, a table's encoding, a report that is a program), built for real: the build
 * stops at validation with the file, line and fix, and the site built before is left as it was.
 */
const CASES = [
  {
    name: 'a figure whose value is not its printed number',
    observations: 'bad/value-mismatch-money.csv',
    message: /data\/observations\.csv, dòng 2, cột "value": giá trị 71952000 không khớp với "71 tỷ 952 triệu đồng"/,
  },
  {
    name: 'a table saved in Windows-1258',
    observations: 'bad/encoding-windows-1258.csv',
    message: /data\/observations\.csv, dòng 2: tệp không phải UTF-8 .* — Sửa: mở tệp và lưu lại dạng UTF-8/,
  },
  {
    name: 'a report that reads the build machine’s environment',
    report: 'bad-reports/expression.mdx',
    message: /content\/reports\/expression\.mdx, dòng 18: biểu thức \{process\.env\.HOME\} không được phép/,
  },
];

describe('astro build with invalid data', () => {
  it.each(CASES)(
    '$name: stops with the file, line and fix, and leaves the previous site as it was',
    ({ observations, report, message }) => {
      const dataDir = tempDir('bcm-bad-data-');
      for (const table of ['areas.csv', 'indicators.csv', 'units.csv']) copyFileSync(join(FIXTURES, 'base', table), join(dataDir, table));
      const reportsDir = tempDir('bcm-bad-reports-');
      if (report) {
        copyFileSync(join(FIXTURES, report), join(reportsDir, report.split('/').pop()!));
        writeFileSync(
          join(dataDir, 'observations.csv'),
          readFileSync(join(FIXTURES, 'base/observations.csv'), 'utf8').split('\n')[0] + '\n',
        );
      } else {
        for (const name of readdirSync('content/reports')) copyFileSync(join('content/reports', name), join(reportsDir, name));
        copyFileSync(join(FIXTURES, observations!), join(dataDir, 'observations.csv'));
      }
      const outDir = tempDir('bcm-out-');
      writeFileSync(join(outDir, 'index.html'), 'bản trước');
      const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
        env: { ...process.env, BCM_DATA_DIR: dataDir, BCM_REPORTS_DIR: reportsDir },
        encoding: 'utf8',
        timeout: 120_000,
      });
      expect(result.status).not.toBe(0);
      const output = `${result.stdout}${result.stderr}`;
      expect(output).toMatch(message);
      expect(output).toMatch(/Sửa: /);
      expect(output).toMatch(/Xây dựng không thành công: bcm-out-\w+\/ giữ nguyên bản trước/);
      expect(readdirSync(outDir)).toEqual(['index.html']);
      expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('bản trước');
    },
    120_000,
  );
});
