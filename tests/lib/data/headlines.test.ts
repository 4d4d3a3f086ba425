import { describe, expect, it } from 'vitest';
import { hasAreaPage } from '../../../src/lib/data/areas.ts';
import { HEADLINE_INDICATORS, headlineFigures } from '../../../src/lib/data/headlines.ts';
import { siteData } from '../../../src/lib/data/site-data.ts';

const data = siteData();
const byIndicator = (area: string) => Object.fromEntries(headlineFigures(data, area, 9).map((o) => [o.indicator, o.id]));
const areas = data.areas.filter(hasAreaPage).map((a) => a.id);

describe('headlineFigures', () => {
  it('shows the most recent whole figure of each headline indicator', () => {
    // Budget revenue 2015–2019: the 2019 figure, not the first one printed.
    expect(byIndicator('duc-giang')['thu-ngan-sach']).toBe('dg-026');
    // 11.361 members in 2/2023 (the report), not "gần 11.000" in 10/2022 (the article).
    expect(byIndicator('nam-tu-liem')['so-dang-vien']).toBe('ntl-063');
  });
  it('puts the editorial indicators first, in their order', () => {
    const picked = headlineFigures(data, 'nam-tu-liem').map((o) => o.indicator);
    const editorial = picked.filter((i) => HEADLINE_INDICATORS.includes(i));
    expect(picked.slice(0, editorial.length)).toEqual(editorial);
    expect(editorial).toEqual([...editorial].sort((a, b) => HEADLINE_INDICATORS.indexOf(a) - HEADLINE_INDICATORS.indexOf(b)));
  });
  it('fills an area without editorial indicators with the figures most areas report, counts before rates', () => {
    const dongDa = headlineFigures(data, 'dong-da');
    expect(dongDa.length).toBeGreaterThanOrEqual(3);
    expect(dongDa[0]!.indicator).toBe('lop-boi-duong');
    const firstRate = dongDa.findIndex((o) => o.unit === '%');
    expect(firstRate).toBeGreaterThan(0);
    expect(dongDa.slice(firstRate).every((o) => o.unit === '%' || o.unit === '‰')).toBe(true);
  });
  it('never shows a part or a category, one figure per indicator, within the limit, for every area', () => {
    for (const area of areas) {
      const figures = headlineFigures(data, area);
      expect(figures.length, area).toBeGreaterThanOrEqual(3);
      expect(figures.length).toBeLessThanOrEqual(6);
      expect(new Set(figures.map((o) => o.indicator)).size).toBe(figures.length);
      for (const o of figures) expect([o.area, o.category, o.partOf]).toEqual([area, '', undefined]);
    }
  });
});
