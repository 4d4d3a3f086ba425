import { describe, expect, it } from 'vitest';
import { siteData } from '../../../src/lib/data/site-data.ts';
import { figurePages } from '../../../src/lib/pages/figure-pages.ts';

describe('figure pages', () => {
  const data = siteData();

  it('holds every observation once, on the page of its area, in the order of the data within an area', () => {
    const pages = figurePages(data);
    const listed = pages.flatMap((p) => p.observations);
    expect(listed.map((o) => o.id).sort()).toEqual(data.observations.map((o) => o.id).sort());
    for (const p of pages) expect(p.observations.every((o) => o.area === p.area.id)).toBe(true);
    for (const area of new Set(pages.map((p) => p.area.id))) {
      const ofArea = pages.filter((p) => p.area.id === area).flatMap((p) => p.observations);
      expect(ofArea).toEqual(data.observations.filter((o) => o.area === area));
    }
  });

  it('packs whole reports up to the row budget, and numbers an area’s pages with distinct addresses', () => {
    const largest = Math.max(...[...data.observationsByReport.values()].map((rows) => rows.length));
    const pages = figurePages(data, largest);
    for (const p of pages) {
      expect(p.observations.length).toBeLessThanOrEqual(largest);
      expect(p.reports.reduce((n, r) => n + r.count, 0)).toBe(p.observations.length);
    }
    // A budget of one row still keeps a report whole: one page per report of an area.
    const single = figurePages(data, 1);
    const reportsPerArea = new Set(data.observations.map((o) => `${o.area} ${o.report}`)).size;
    expect(single).toHaveLength(reportsPerArea);
    expect(new Set(single.map((p) => p.href)).size).toBe(single.length);
    const paged = single.filter((p) => p.of > 1);
    expect(paged.length).toBeGreaterThan(0);
    expect(paged.map((p) => p.title).join('\n')).toMatch(/\(trang 2\/\d+\)/);
    expect(paged.find((p) => p.number === 2)?.href).toMatch(/\/trang-2\/$/);
  });
});
