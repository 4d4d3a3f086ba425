import { describe, expect, it } from 'vitest';
import { chartReasons, chartsDrawing } from '../../../src/lib/charts/site-charts.ts';
import { siteData } from '../../../src/lib/data/site-data.ts';
import { groupBy } from '../../../src/lib/group.ts';
import { indicatorPage, indicatorPageHrefs, INDICATOR_PAGE_ROWS, observationPath } from '../../../src/lib/pages/indicator-page.ts';

describe('indicator pages', () => {
  const data = siteData();
  const indicators = data.indicators.filter((i) => data.observationsByIndicator.has(i.id));
  const pagesOf = (id: string, budget: number) => {
    const indicator = data.indicatorById.get(id)!;
    return indicatorPageHrefs(data, id, budget).map((_, i) => indicatorPage(data, indicator, i + 1, chartsDrawing, chartReasons, budget));
  };

  it('keeps each indicator of the five reports on one page at the site’s budget', () => {
    for (const i of indicators) expect(indicatorPageHrefs(data, i.id, INDICATOR_PAGE_ROWS)).toEqual([`/so-lieu/${i.id}/`]);
  });

  it('pages by whole reports in the order of the data, each row linked on the page that holds it', () => {
    // The indicator with most reports, at a budget of one row: one page per report.
    const id = [...data.observationsByIndicator].sort(
      (a, b) => new Set(b[1].map((o) => o.report)).size - new Set(a[1].map((o) => o.report)).size,
    )[0]![0];
    const all = data.observationsByIndicator.get(id)!;
    const reports = new Set(all.map((o) => o.report));
    expect(reports.size).toBeGreaterThan(1);
    const pages = pagesOf(id, 1);
    expect(pages).toHaveLength(reports.size);
    expect(pages.flatMap((p) => p.observations)).toEqual(all);
    for (const p of pages) {
      expect(new Set(p.observations.map((o) => o.report)).size).toBe(1);
      expect(p.title).toMatch(new RegExp(` \\(trang ${p.number}/${pages.length}\\)$`));
      expect(p.hrefs[p.number - 1]).toBe(p.number === 1 ? `/so-lieu/${id}/` : `/so-lieu/${id}/trang-${p.number}/`);
      expect(p.citations.map((c) => c.id)).toEqual(p.observations.map((o) => `trich-dan-${o.id}`));
      for (const o of p.observations) expect(observationPath(data, o, 1)).toBe(`${p.hrefs[p.number - 1]}#${o.id}`);
      // Charts once, on the first page; notes and reasons only for the page's own rows.
      if (p.number > 1) expect(p.charts).toEqual([]);
      const ids = new Set(p.observations.map((o) => o.id));
      for (const r of p.reasons) expect(ids.has(r.observation)).toBe(true);
      for (const n of p.notes) expect(ids.has(n.observation) || n.related.some((r) => ids.has(r))).toBe(true);
    }
  });

  it('packs several small reports onto a page up to the budget', () => {
    const id = indicators.map((i) => i.id).find((i) => new Set(data.observationsByIndicator.get(i)!.map((o) => o.report)).size >= 3)!;
    const all = data.observationsByIndicator.get(id)!;
    const sizes = [...groupBy(all, (o) => o.report).values()].map((rows) => rows.length);
    // Room for the two smallest reports side by side, not for everything.
    const budget = Math.max(
      ...sizes,
      [...sizes]
        .sort((a, b) => a - b)
        .slice(0, 2)
        .reduce((a, b) => a + b),
    );
    const pages = pagesOf(id, budget);
    expect(pages.flatMap((p) => p.observations)).toEqual(all);
    for (const p of pages) expect(p.observations.length).toBeLessThanOrEqual(budget);
    expect(pages.length).toBeLessThan(sizes.length);
    expect(pagesOf(id, all.length)).toHaveLength(1);
  });
});
