import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { chartCitation, chartCsv, embedSnippet } from '../../../src/lib/charts/exports.ts';
import { siteCharts } from '../../../src/lib/charts/site-charts.ts';

describe('chart exports', () => {
  const chart = siteCharts()[0]!;
  it('writes the chart’s data as CSV for Excel, one row per mark, each with the link to its sentence', () => {
    const csv = chartCsv(chart);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data;
    expect(rows).toHaveLength(chart.model.data.length);
    expect(rows[0]!.so_lieu).toBe(chart.model.data[0]!.observationId);
    expect(rows[0]!.nguon).toMatch(/^https:\/\/baocaomo\.vn\/bao-cao\/[a-z0-9-]+\/#/);
  });
  it('gives an iframe of the embed page and a script that only trusts messages from the site', () => {
    const snippet = embedSnippet(chart);
    expect(snippet).toContain(`src="https://baocaomo.vn/nhung/${chart.spec.id}/"`);
    expect(snippet).toContain('e.origin!=="https://baocaomo.vn"');
  });
  it('cites the chart by title, sources and address', () => {
    const citation = chartCitation(chart);
    expect(citation).toContain(chart.model.title);
    expect(citation).toContain(chart.model.sources[0]!);
    expect(citation.endsWith(`https://baocaomo.vn/bieu-do/${chart.spec.id}/`)).toBe(true);
  });
});
