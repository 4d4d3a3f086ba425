/** Two builds of the same sources give the same bytes: the build date comes from SOURCE_DATE_EPOCH (or the last commit), never the clock. */
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { files } from '../bench/measure.ts';
import { ABBREVIATIONS_FILE } from '../../src/lib/abbreviations/list.ts';
import { QUESTION_WORDS_FILE, SYNONYMS_FILE } from '../../src/lib/search/lexicon.ts';
import { copyProject } from '../support/project-copy.ts';
import { useTempDirs } from '../support/temp.ts';

const root = process.cwd();
const FIXTURES = resolve(import.meta.dirname, '../data/fixtures');
const tempDir = useTempDirs();
const REPORT = 'nam-tu-liem-giua-nhiem-ky-2023';

/** A small site: one report and the figures the base fixture has for it. */
function smallProject(): string {
  const dir = copyProject(root, tempDir('bcm-repro-'));
  copyFileSync(join(root, 'content/reports', `${REPORT}.mdx`), join(dir, 'content/reports', `${REPORT}.mdx`));
  copyFileSync(join(root, 'data/sources', `${REPORT}.txt`), join(dir, 'data/sources', `${REPORT}.txt`));
  for (const table of ['areas.csv', 'indicators.csv', 'units.csv']) copyFileSync(join(FIXTURES, 'base', table), join(dir, 'data', table));
  for (const table of [SYNONYMS_FILE, QUESTION_WORDS_FILE, ABBREVIATIONS_FILE])
    copyFileSync(join(root, 'data', table), join(dir, 'data', table));
  const [header, ...rows] = readFileSync(join(FIXTURES, 'base/observations.csv'), 'utf8').trimEnd().split('\n');
  writeFileSync(join(dir, 'data/observations.csv'), `${[header, ...rows.filter((row) => row.includes(`,${REPORT},`))].join('\n')}\n`);
  writeFileSync(join(dir, 'data/charts.csv'), `${readFileSync(join(root, 'data/charts.csv'), 'utf8').split('\n')[0]}\n`);
  return dir;
}

function buildDigest(dir: string, outDir: string, epoch: string): Map<string, string> {
  execFileSync(process.execPath, [join(dir, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent', '--outDir', outDir], {
    cwd: dir,
    env: { ...process.env, SOURCE_DATE_EPOCH: epoch },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return new Map(files(outDir).map((file) => [relative(outDir, file), createHash('sha256').update(readFileSync(file)).digest('hex')]));
}

describe('reproducible builds', () => {
  it('writes the same bytes twice, dated by SOURCE_DATE_EPOCH', () => {
    const dir = smallProject();
    const epoch = String(Date.UTC(2024, 4, 19, 12) / 1000);
    const first = buildDigest(dir, join(dir, 'dist-1'), epoch);
    const second = buildDigest(dir, join(dir, 'dist-2'), epoch);
    expect(first.size).toBeGreaterThan(10);
    const differing = [...first].filter(([file, hash]) => second.get(file) !== hash).map(([file]) => file);
    expect(differing).toEqual([]);
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    expect(readFileSync(join(dir, 'dist-1/du-lieu/index.html'), 'utf8')).toContain('truy cập ngày 19/5/2024');
  }, 120_000);
});
