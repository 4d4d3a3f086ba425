import { describe, expect, it } from 'vitest';
import { headlineFigures } from '../../../src/lib/data/headlines.ts';
import { siteData } from '../../../src/lib/data/site-data.ts';

const data = siteData();
const byIndicator = (area: string) => Object.fromEntries(headlineFigures(data, area, 9).map((o) => [o.indicator, o.id]));

describe('headlineFigures', () => {
  it('shows the most recent whole figure of each headline indicator', () => {
    // Budget revenue 2015–2019: the 2019 figure, not the first one printed.
    expect(byIndicator('duc-giang')['thu-ngan-sach']).toBe('dg-026');
    // 11.361 members in 2/2023 (the report), not "gần 11.000" in 10/2022 (the article).
    expect(byIndicator('nam-tu-liem')['so-dang-vien']).toBe('ntl-063');
  });
  it('never shows a part or a category as a headline, and respects the limit', () => {
    for (const area of ['nam-tu-liem', 'dong-da', 'long-bien', 'duc-giang']) {
      const figures = headlineFigures(data, area);
      expect(figures.length).toBeLessThanOrEqual(6);
      for (const o of figures) expect([o.area, o.category, o.partOf]).toEqual([area, '', undefined]);
    }
  });
});
