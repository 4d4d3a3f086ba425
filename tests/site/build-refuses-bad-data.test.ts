import { spawnSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../support/temp.ts';

const FIXTURES = resolve(import.meta.dirname, '../data/fixtures');
const tempDir = useTempDirs();

describe('astro build with invalid data', () => {
  it('stops with the file, line, column and fix, and leaves the previous site as it was', () => {
    const dataDir = tempDir('bcm-bad-data-');
    copyFileSync(join(FIXTURES, 'base/areas.csv'), join(dataDir, 'areas.csv'));
    copyFileSync(join(FIXTURES, 'base/indicators.csv'), join(dataDir, 'indicators.csv'));
    copyFileSync(join(FIXTURES, 'base/units.csv'), join(dataDir, 'units.csv'));
    copyFileSync(join(FIXTURES, 'bad/value-mismatch-money.csv'), join(dataDir, 'observations.csv'));
    const outDir = tempDir('bcm-out-');
    writeFileSync(join(outDir, 'index.html'), 'bản trước');
    const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
      env: { ...process.env, BCM_DATA_DIR: dataDir },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(result.status).not.toBe(0);
    const output = `${result.stdout}${result.stderr}`;
    expect(output).toMatch(/data\/observations\.csv, dòng 2, cột "value": giá trị 71952000 không khớp với "71 tỷ 952 triệu đồng"/);
    expect(output).toMatch(/Sửa: /);
    expect(output).toMatch(/Xây dựng không thành công: bcm-out-\w+\/ giữ nguyên bản trước/);
    expect(readdirSync(outDir)).toEqual(['index.html']);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('bản trước');
  }, 120_000);
});
