import { describe, expect, it } from 'vitest';
import { chartsDrawing, siteCharts } from '../../../src/lib/charts/site-charts.ts';

describe('chartsDrawing', () => {
  const charts = siteCharts();
  it('finds every chart that draws one of the observations, and only those', () => {
    for (const chart of charts) {
      const id = chart.model.data[0]!.observationId;
      const found = chartsDrawing(new Set([id]));
      expect(found.map((c) => c.spec.id)).toContain(chart.spec.id);
      for (const other of found) expect(other.model.data.some((d) => d.observationId === id)).toBe(true);
    }
  });
  it('finds none for observations no chart draws', () => {
    expect(chartsDrawing(new Set())).toEqual([]);
    expect(chartsDrawing(new Set(['khong-co-so-lieu-nay']))).toEqual([]);
  });
});
