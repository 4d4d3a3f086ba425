import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/data/dataset.ts';
import { readPage } from '../support/dist.ts';
import { useSiteAndBrowser } from '../support/site-session.ts';

const { dataset } = loadDataset();
const session = useSiteAndBrowser();

describe('figures in the built pages', () => {
  it('lists every observation on /so-lieu/, complete without JavaScript', () => {
    const doc = readPage('/so-lieu/');
    expect(doc.querySelectorAll('#bang-so-lieu tbody tr')).toHaveLength(dataset.observations.length);
  });

  it('gives every observation a row on its indicator page whose source link lands on the quoted paragraph', () => {
    for (const indicator of new Set(dataset.observations.map((o) => o.indicator))) {
      const doc = readPage(`/so-lieu/${indicator}/`);
      for (const o of dataset.observations.filter((x) => x.indicator === indicator)) {
        const row = doc.getElementById(o.id);
        expect(row, `${o.id} on /so-lieu/${indicator}/`).not.toBeNull();
        const link = [...row!.querySelectorAll('a')].find((a) => a.getAttribute('href')!.startsWith('/bao-cao/'))!;
        const [path, anchor] = link.getAttribute('href')!.split('#') as [string, string];
        const target = readPage(path).getElementById(anchor);
        expect(target?.textContent?.replace(/\s+/g, ' ')).toContain(o.printed);
      }
    }
  });

  it('links figures in report text to their observations', () => {
    for (const report of dataset.reports.values()) {
      const observations = dataset.observations.filter((o) => o.report === report.slug);
      const doc = readPage(`/bao-cao/${report.slug}/`);
      const links = [...doc.querySelectorAll('.report-text a.figure')];
      const linked = new Set(links.map((a) => a.getAttribute('href')!.split('#')[1]));
      const share = observations.length ? observations.filter((o) => linked.has(o.id)).length / observations.length : 1;
      expect(share, `${report.slug}: ${linked.size}/${observations.length} figures linked`).toBeGreaterThanOrEqual(0.95);
    }
  });
});

describe('downloads', () => {
  const get = async (path: string) => {
    const response = await fetch(`${session.server.origin}${path}`);
    expect(response.status, path).toBe(200);
    return new Uint8Array(await response.arrayBuffer());
  };

  it('serves observations.csv for Excel: BOM, CRLF, Vietnamese intact, numbers parse', async () => {
    const bytes = await get('/du-lieu/observations.csv');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    expect(text).toContain('\r\n');
    const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(dataset.observations.length);
    for (const row of parsed.data) {
      expect(Number.isFinite(Number(row.value)), `${row.id} value "${row.value}"`).toBe(true);
      expect(row.url).toMatch(/\/bao-cao\/[a-z0-9-]+\/#(p|fn)-\d+$/);
    }
    if (dataset.observations.length) expect(text).toMatch(/Từ Liêm|Đức Giang|Long Biên|Đống Đa/);
  });

  it('describes every CSV exactly in datapackage.json', async () => {
    const pkg = JSON.parse(new TextDecoder().decode(await get('/du-lieu/datapackage.json')));
    expect(pkg.resources.map((r: { name: string }) => r.name)).toEqual(['observations', 'indicators', 'areas', 'data-notes']);
    for (const resource of pkg.resources) {
      const csv = new TextDecoder().decode(await get(`/du-lieu/${resource.path}`)).replace(/^\uFEFF/, '');
      const header = csv.split('\r\n')[0]!.split(',');
      expect(header, resource.path).toEqual(resource.schema.fields.map((f: { name: string }) => f.name));
    }
  });

  it('serves the same rows as JSON', async () => {
    const json = JSON.parse(new TextDecoder().decode(await get('/du-lieu/bao-cao-mo.json')));
    expect(json.observations).toHaveLength(dataset.observations.length);
    expect(json.indicators).toHaveLength(dataset.indicators.length);
  });
});

describe('indicator table in Chromium', () => {
  it('filters without diacritics and sorts by value', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.server.origin}/so-lieu/`);
    const rows = page.locator('#bang-so-lieu tbody tr');
    const total = await rows.count();
    await expect(page.locator('form[data-table-filter]').isVisible()).resolves.toBe(true);
    await page.fill('form[data-table-filter] input[name="q"]', 'dang vien');
    const visible = await page.locator('#bang-so-lieu tbody tr:not([hidden])').count();
    expect(visible).toBeGreaterThan(0);
    expect(visible).toBeLessThan(total);
    await expect(page.locator('form[data-table-filter] [role="status"]').textContent()).resolves.toMatch(/Hiển thị/);
    await page.fill('form[data-table-filter] input[name="q"]', '');
    await page.click('#bang-so-lieu th:first-child button');
    const first = Number(await rows.first().locator('td').first().getAttribute('data-value'));
    const last = Number(await rows.last().locator('td').first().getAttribute('data-value'));
    expect(first).toBeLessThanOrEqual(last);
    await page.close();
  });
});
