import { describe, expect, it } from 'vitest';
import { siteCharts } from '../../src/lib/charts/site-charts.ts';
import { siteData } from '../../src/lib/data/site-data.ts';
import { figurePages } from '../../src/lib/pages/figure-pages.ts';
import { publicPages, sitemapXml } from '../../src/lib/site-map.ts';

describe('sitemap', () => {
  const data = siteData();
  const pages = publicPages(data, siteCharts());
  it('lists every report, indicator with figures, chart and area below the city, once each', () => {
    expect(new Set(pages).size).toBe(pages.length);
    for (const slug of data.reports.keys()) expect(pages).toContain(`/bao-cao/${slug}/`);
    for (const chart of siteCharts()) expect(pages).toContain(`/bieu-do/${chart.spec.id}/`);
    const figurePageCount = figurePages(data).length;
    expect(figurePageCount).toBeGreaterThan(0);
    expect(pages.filter((p) => p.startsWith('/so-lieu/') && p !== '/so-lieu/')).toHaveLength(
      data.observationsByIndicator.size + figurePageCount,
    );
    expect(pages).not.toContain('/dia-ban/ha-noi/');
    expect(pages.some((p) => p.startsWith('/nhung/'))).toBe(false);
  });
  it('writes absolute URLs in the sitemap namespace', () => {
    const xml = sitemapXml(['/', '/bao-cao/'], 'https://baocaomo.vn');
    expect(xml).toContain('xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"');
    expect(xml).toContain('<loc>https://baocaomo.vn/bao-cao/</loc>');
  });
});
