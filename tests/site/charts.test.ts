/** Every chart's page, image and downloads, read from dist/ (the browser test looks at one of each). */
import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { PNG_SIZES, renderPng } from '../../src/lib/charts/png.ts';
import { siteCharts } from '../../src/lib/charts/site-charts.ts';
import { siteData } from '../../src/lib/data/site-data.ts';
import { routes } from '../../src/lib/routes.ts';
import { assertBuilt, distFile, listPages, readPage } from '../support/dist.ts';
import { pngSize } from '../support/image.ts';

beforeAll(assertBuilt);
const chartIds = listPages()
  .filter((p) => /^\/bieu-do\/[^/]+\/$/.test(p))
  .map((p) => p.split('/')[2]!);
const failuresOver = (ids: string[], check: (id: string) => (string | false)[]) =>
  ids.flatMap((id) =>
    check(id)
      .filter((p): p is string => typeof p === 'string')
      .map((p) => `${id}: ${p}`),
  );

describe('charts', () => {
  it('has a page for every chart', () => {
    expect(chartIds.sort()).toEqual(
      siteCharts()
        .map((c) => c.spec.id)
        .sort(),
    );
    expect(chartIds.length).toBeGreaterThanOrEqual(12);
  });

  it('shows each chart on the pages of its areas and of its indicators', () => {
    const data = siteData();
    const problems: string[] = [];
    for (const chart of siteCharts()) {
      const observations = chart.model.data.map((d) => data.observationById.get(d.observationId)!);
      const pages = new Set([...observations.map((o) => routes.area(o.area)), ...observations.map((o) => routes.indicator(o.indicator))]);
      for (const page of pages)
        if (!readPage(page).querySelector(`#bieu-do-${chart.spec.id} svg.chart`)) problems.push(`${chart.spec.id} missing on ${page}`);
    }
    expect(problems).toEqual([]);
  });

  it('puts each chart in its page’s HTML with its anatomy: an image with title, description, source, credit and a data table', () => {
    const problems = failuresOver(chartIds, (id) => {
      const doc = readPage(routes.chart(id));
      const svg = doc.querySelector('figure svg.chart');
      if (!svg) return ['no inline SVG'];
      const text = svg.textContent ?? '';
      return [
        svg.getAttribute('role') !== 'img' && 'SVG has no role="img"',
        !svg.querySelector('title') && 'no <title>',
        svg.querySelectorAll('desc').length !== 1 && 'not exactly one <desc>',
        !text.includes('Nguồn:') && 'no source line',
        !text.includes('Báo cáo mở') && 'no credit',
        doc.querySelectorAll('.chart-data table tbody tr').length < 2 && 'data table has fewer than 2 rows',
      ];
    });
    expect(problems).toEqual([]);
  });

  it('writes every download: SVG, PNG for screen and print at their widths, CSV for Excel', () => {
    const problems = failuresOver(chartIds, (id) => {
      const svg = readFileSync(distFile(routes.chartFile(id, '', 'svg')), 'utf8');
      const csv = readFileSync(distFile(routes.chartFile(id, '', 'csv')), 'utf8');
      const pngs = Object.values(PNG_SIZES).map((size) => {
        const file = distFile(routes.chartFile(id, size.suffix, 'png'));
        if (!existsSync(file)) return `${size.suffix || 'screen'} PNG missing`;
        const png = readFileSync(file);
        const { width, height } = pngSize(png);
        if (width !== size.width) return `PNG${size.suffix} is ${width} px wide, not ${size.width}`;
        // Text and bars are what make a chart image weigh: a blank page of the same size is the floor.
        const blank = renderPng(
          `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#fff"/></svg>`,
          width,
        ).length;
        return png.length < 3 * blank && `PNG${size.suffix} is ${png.length} B, a blank one ${blank} B: blank?`;
      });
      return [
        !/^<\?xml[\s\S]*<svg[^>]+role="img"/.test(svg) && 'SVG file is not an accessible SVG',
        !csv.startsWith('\uFEFFnhan,ky,gia_tri') && 'CSV lacks BOM or header',
        ...pngs,
      ];
    });
    expect(problems).toEqual([]);
  });
});
