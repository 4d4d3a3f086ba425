/** Figures in the built pages and the open-data downloads, read from dist/ as a reader's browser or spreadsheet gets them. */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/data/dataset.ts';
import { absoluteUrl, figureAnchor, routes } from '../../src/lib/routes.ts';
import { assertBuilt, distFile, readPage } from '../support/dist.ts';

const { dataset } = loadDataset();
beforeAll(assertBuilt);
const download = (name: string) => readFileSync(distFile(routes.dataFile(name)));

describe('figures in the built pages', () => {
  it('lists every observation once on the figure pages that /so-lieu/ links to, complete without JavaScript', () => {
    const pages = [...readPage(routes.indicators()).querySelectorAll<HTMLAnchorElement>('a[href^="/so-lieu/dia-ban/"]')].map((a) =>
      a.getAttribute('href')!,
    );
    expect(pages.length).toBeGreaterThan(0);
    const rows = pages.flatMap((href) => [...readPage(href).querySelectorAll('#bang-so-lieu tbody tr')]);
    expect(rows).toHaveLength(dataset.observations.length);
  });

  it('gives every figure its own id in its report, on a link holding just that figure, inside its quoted block', () => {
    const problems: string[] = [];
    for (const o of dataset.observations) {
      const page = readPage(routes.report(o.report));
      const figure = page.getElementById(figureAnchor(o.id));
      if (figure?.textContent !== o.printed)
        problems.push(`${o.id}: #${figureAnchor(o.id)} holds “${figure?.textContent ?? 'nothing'}”, not “${o.printed}”`);
      else if (!figure.closest(`[id="${o.anchor}"]`)) problems.push(`${o.id}: #${figureAnchor(o.id)} is not inside #${o.anchor}`);
      else if (figure.getAttribute('href') !== routes.indicator(o.indicator, o.id))
        problems.push(`${o.id}: links to ${figure.getAttribute('href')}`);
    }
    expect(problems).toEqual([]);
  });

  it('never gives two elements of a report page the same id', () => {
    for (const slug of dataset.reports.keys()) {
      const ids = [...readPage(routes.report(slug)).querySelectorAll('[id]')].map((el) => el.id);
      expect(
        ids.filter((id, i) => ids.indexOf(id) !== i),
        slug,
      ).toEqual([]);
    }
  });

  it('gives every observation a row on its indicator page whose source link lands on the figure itself', () => {
    const problems: string[] = [];
    for (const o of dataset.observations) {
      const row = readPage(routes.indicator(o.indicator)).getElementById(o.id);
      const link = row && [...row.querySelectorAll('a')].find((a) => a.getAttribute('href')!.startsWith(routes.reports()));
      if (!link) {
        problems.push(`${o.id}: no row with a source link on ${routes.indicator(o.indicator)}`);
        continue;
      }
      const [path, anchor] = link.getAttribute('href')!.split('#') as [string, string];
      if (path !== routes.report(o.report) || anchor !== figureAnchor(o.id))
        problems.push(`${o.id}: source link ${link.getAttribute('href')} is not the figure`);
    }
    expect(problems).toEqual([]);
  });

  it('links at least 95% of each report’s figures from its text to their observations', () => {
    for (const report of dataset.reports.values()) {
      const observations = dataset.observations.filter((o) => o.report === report.slug);
      const links = [...readPage(routes.report(report.slug)).querySelectorAll('.report-text a.figure')];
      const linked = new Set(links.map((a) => a.getAttribute('href')!.split('#')[1]));
      const share = observations.length ? observations.filter((o) => linked.has(o.id)).length / observations.length : 1;
      expect(share, `${report.slug}: ${linked.size}/${observations.length} figures linked`).toBeGreaterThanOrEqual(0.95);
    }
  });
});

describe('downloads', () => {
  it('serves observations.csv for Excel: BOM, CRLF, Vietnamese intact, numbers parse', () => {
    const bytes = download('observations.csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    expect(text).toContain('\r\n');
    // TextDecoder has already taken the BOM off (checked above on the bytes).
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(dataset.observations.length);
    for (const row of parsed.data) {
      expect(Number.isFinite(Number(row.value)), `${row.id} value "${row.value}"`).toBe(true);
      // The figure itself in its report, not only its paragraph.
      expect(row.url).toBe(absoluteUrl(routes.figure(row.report!, row.id!)));
    }
    expect(text).toMatch(/Từ Liêm|Đức Giang|Long Biên|Đống Đa/);
    // No text cell a spreadsheet would run as a formula; numbers stay numbers.
    const numeric = new Set(['value', 'value_max', 'numerator', 'denominator']);
    const risky = parsed.data.flatMap((row) =>
      Object.entries(row).filter(([column, cell]) => !numeric.has(column) && /^[=+\-@\t\r]/.test(cell)),
    );
    expect(risky).toEqual([]);
  });

  it('describes every CSV exactly in datapackage.json', () => {
    const pkg = JSON.parse(download('datapackage.json').toString('utf8')) as {
      resources: { name: string; path: string; schema: { fields: { name: string }[] } }[];
    };
    expect(pkg.resources.map((r) => r.name)).toEqual(['observations', 'indicators', 'areas', 'data-notes']);
    for (const resource of pkg.resources) {
      const header = download(resource.path)
        .toString('utf8')
        .replace(/^\uFEFF/, '')
        .split('\r\n')[0]!
        .split(',');
      expect(header, resource.path).toEqual(resource.schema.fields.map((f) => f.name));
    }
  });

  it('serves the same rows as JSON', () => {
    const json = JSON.parse(download('bao-cao-mo.json').toString('utf8')) as Record<string, unknown[]>;
    expect(json.observations).toHaveLength(dataset.observations.length);
    expect(json.indicators).toHaveLength(dataset.indicators.length);
  });
});
