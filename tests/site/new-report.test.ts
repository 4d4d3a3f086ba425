/**
 * A sixth report, added the way an editor adds one, in a throwaway copy of
 * the project: `npm run import` on a news page the project has never seen
 * (a ward directly under the city, since July 2025), the frontmatter's
 * marked values filled, `npm run propose` with nothing but the catalogue,
 * `npm run review` accepting what it proposes, one build. Nothing counts to
 * five: the pages say six, then removing the report leaves a valid dataset.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/data/dataset.ts';
import { TO_FILL } from '../../src/lib/reports/schema.ts';
import { parseDraft } from '../../src/lib/propose/review.ts';
import { copyProject } from '../support/project-copy.ts';
import { useTempDirs } from '../support/temp.ts';
import { DOMParser } from 'linkedom';

const root = process.cwd();
const FIXTURE = resolve(import.meta.dirname, '../data/fixtures/new-report/trang-tin-dai-hoi-phuong-mau.txt');
const SLUG = 'phuong-mau-dai-hoi-2025';
const tempDir = useTempDirs();
let dir = '';

const run = (script: string, args: string[], options: { env?: NodeJS.ProcessEnv; input?: string } = {}) =>
  execFileSync(process.execPath, [join(dir, script), ...args], {
    cwd: dir,
    env: { ...process.env, ...options.env },
    input: options.input,
    encoding: 'utf8',
  });
const page = (path: string) => new DOMParser().parseFromString(readFileSync(join(dir, 'dist', path, 'index.html'), 'utf8'), 'text/html');

beforeAll(() => {
  dir = copyProject(root, tempDir('bcm-new-report-'), { content: true, data: true });
  // A ward under the city from 1 July 2025: a line in data/areas.csv, as the importer asks.
  appendFileSync(join(dir, 'data/areas.csv'), 'phuong-mau,Mẫu,phuong,ha-noi,2025-07-01,\n');
  run('src/cli/import-report.ts', [FIXTURE, '--slug', SLUG, '--area', 'phuong-mau']);
  const edition = join(dir, 'content/reports', `${SLUG}.mdx`);
  writeFileSync(
    edition,
    readFileSync(edition, 'utf8')
      .replace(/^summary: .*$/m, 'summary: "Tin về Đại hội đại biểu Đảng bộ phường Mẫu lần thứ I: kết quả nhiệm kỳ 2020–2025."')
      .replace(/^period: .*$/m, 'period: { start: "2020", end: "2025-08", label: "Nhiệm kỳ 2020–2025 (đến tháng 8/2025)" }'),
  );
  // propose sees the catalogue and the areas, not the curated observations.
  const catalogue = tempDir('bcm-catalogue-');
  for (const table of ['areas.csv', 'indicators.csv']) copyFileSync(join(dir, 'data', table), join(catalogue, table));
  mkdirSync(join(dir, 'drafts'));
  run('src/cli/propose.ts', [`content/reports/${SLUG}.mdx`, '--out', `drafts/${SLUG}.csv`], { env: { BCM_DATA_DIR: catalogue } });
  const draft = parseDraft(readFileSync(join(dir, 'drafts', `${SLUG}.csv`), 'utf8'));
  // The editor accepts every proposal, correcting the indicator of the area if the guess missed it.
  const answers = draft
    .filter((r) => r.proposal !== 'rule')
    .flatMap((r) => (r.printed === '10,72 km2' && r.indicator !== 'dien-tich-tu-nhien' ? ['indicator=dien-tich-tu-nhien', ''] : ['']));
  run('src/cli/review.ts', [`drafts/${SLUG}.csv`], { input: `${answers.join('\n')}\n` });
  execFileSync(process.execPath, [join(dir, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}, 180_000);

describe('a sixth report, end to end', () => {
  it('left no value for the editor unfilled and every proposed figure in the table', () => {
    const { dataset, issues } = loadDataset({ dataDir: join(dir, 'data'), reportsDir: join(dir, 'content/reports') });
    expect(issues).toEqual([]);
    expect(readFileSync(join(dir, 'content/reports', `${SLUG}.mdx`), 'utf8')).not.toContain(TO_FILL);
    expect(dataset.observations.filter((o) => o.report === SLUG).length).toBeGreaterThanOrEqual(15);
    expect(readFileSync(join(dir, 'data/sources', `${SLUG}.txt`))).toEqual(readFileSync(FIXTURE));
  });

  it('counts six reports wherever the site says how many', () => {
    expect(page('').querySelector('.lede')!.textContent).toMatch(
      /^6 báo cáo về công tác xây dựng Đảng của các quận Nam Từ Liêm, Đống Đa, Long Biên và các phường Đức Giang, Mẫu \(Hà Nội\)/,
    );
    const jsonLd = JSON.parse(page('du-lieu').querySelector('script[type="application/ld+json"]')!.textContent!) as { description: string };
    expect(jsonLd.description).toContain('6 báo cáo');
    expect(page('bao-cao').querySelectorAll('.card-list li')).toHaveLength(6);
  });

  it('places a ward under the city, with its validity, and links no page that does not exist', () => {
    const lede = page('dia-ban/phuong-mau').querySelector('.lede')!;
    expect(lede.textContent!.replace(/\s+/g, ' ').trim()).toBe(
      'Phường thuộc thành phố Hà Nội. Phường Mẫu là đơn vị hành chính từ 1/7/2025.',
    );
    expect(lede.querySelectorAll('a')).toHaveLength(0);
    const areas = page('dia-ban');
    expect([...areas.querySelectorAll('a')].map((a) => a.getAttribute('href'))).not.toContain('/dia-ban/ha-noi/');
    expect(areas.body.textContent).toContain('quận Long Biên (đến hết 30/6/2025)');
  });

  it('shows no table of contents for a text without headings', () => {
    const report = page(`bao-cao/${SLUG}`);
    expect(report.querySelector('.toc')).toBeNull();
    expect(report.querySelector('.report-text')!.textContent).toContain('Sáng 8-8');
  });

  it('shows a figure in km2 with its unit beside one in ha, sorted in the indicator’s unit', () => {
    const rows = [...page('so-lieu/dien-tich-tu-nhien').querySelectorAll('tbody tr')].map((tr) => [
      tr.querySelector('td')!.textContent!.trim(),
      tr.querySelector('td')!.getAttribute('data-value'),
    ]);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['10,72 km2', '1072'],
        ['204,6 ha', '204.6'],
      ]),
    );
  });

  it('serves the new rows in the downloads', () => {
    const csv = readFileSync(join(dir, 'dist/du-lieu/observations.csv'), 'utf8').slice(1);
    const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
    expect(rows.filter((r) => r.report === SLUG).length).toBeGreaterThanOrEqual(15);
  });

  it('is removed again without touching anything else', () => {
    rmSync(join(dir, 'content/reports', `${SLUG}.mdx`));
    rmSync(join(dir, 'data/sources', `${SLUG}.txt`));
    for (const table of ['observations.csv', 'coverage-exclusions.csv']) {
      const file = join(dir, 'data', table);
      writeFileSync(
        file,
        `${readFileSync(file, 'utf8')
          .split('\n')
          .filter((line) => !line.includes(`,${SLUG},`) && !line.startsWith(`${SLUG},`))
          .join('\n')}`,
      );
    }
    const { dataset, issues } = loadDataset({ dataDir: join(dir, 'data'), reportsDir: join(dir, 'content/reports') });
    expect(issues).toEqual([]);
    expect(dataset.reports.size).toBe(loadDataset().dataset.reports.size);
  });
});
