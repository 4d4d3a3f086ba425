import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { chartCitation, chartCsv, embedHeightAt, embedHeightCss, embedSnippet } from '../../../src/lib/charts/exports.ts';
import { siteCharts } from '../../../src/lib/charts/site-charts.ts';

describe('chart exports', () => {
  const charts = siteCharts();
  const chart = charts.find((c) => c.spec.id === 'ket-nap-dang-vien-tren-1000-dang-vien')!;
  it('writes the chart’s data as CSV for Excel: the value as shown, the exact value, and the link to its sentence', () => {
    const csv = chartCsv(chart);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data;
    expect(rows).toHaveLength(chart.model.data.length);
    expect(rows[0]!.so_lieu).toBe(chart.model.data[0]!.observationId);
    expect(rows[0]!.nguon).toMatch(/^https:\/\/baocaomo\.vn\/bao-cao\/[a-z0-9-]+\/#/);
    // 71 admissions in 5 years over 1.282 members: the chart says 11,1; the exact rate has all its digits.
    expect(rows[1]!.nhan_gia_tri).toBe('11,1');
    expect(rows[1]!.gia_tri).toBe('11.1');
    expect(Number(rows[1]!.gia_tri_chinh_xac)).toBeCloseTo(((71 / 5) * 1000) / 1282, 10);
    for (const c of charts)
      for (const row of Papa.parse<Record<string, string>>(chartCsv(c).slice(1), { header: true, skipEmptyLines: true }).data)
        expect(Math.abs(Number(row.gia_tri) - Number(row.gia_tri_chinh_xac)), `${c.spec.id}: ${row.nhan}`).toBeLessThanOrEqual(
          0.05 * Math.max(1, Math.abs(Number(row.gia_tri_chinh_xac))),
        );
  });
  it('gives an iframe in a box whose height follows its width without a script, and a script that only trusts the site', () => {
    const snippet = embedSnippet(chart);
    expect(snippet).toContain(`src="https://baocaomo.vn/nhung/${chart.spec.id}/"`);
    expect(snippet).toContain(`padding-bottom:${embedHeightCss(chart.images)}`);
    expect(snippet).toContain(`height="${embedHeightAt(chart.images, 360)}"`);
    expect(snippet).toContain('e.origin!=="https://baocaomo.vn"');
  });
  it('computes each layout’s height from its own proportions', () => {
    const { narrow, medium, wide } = chart.images;
    expect(embedHeightAt(chart.images, 360)).toBe(Math.ceil((360 * narrow.height) / narrow.width) + 28);
    expect(embedHeightAt(chart.images, 600)).toBe(Math.ceil((600 * medium.height) / medium.width) + 28);
    expect(embedHeightAt(chart.images, 800)).toBe(Math.ceil((800 * wide.height) / wide.width) + 28);
  });
  it('cites the chart by title, sources and address', () => {
    const citation = chartCitation(chart);
    expect(citation).toContain(chart.model.title);
    expect(citation).toContain(chart.model.sources[0]!);
    expect(citation.endsWith(`https://baocaomo.vn/bieu-do/${chart.spec.id}/`)).toBe(true);
  });
});
