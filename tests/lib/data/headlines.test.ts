import { describe, expect, it } from 'vitest';
import { hasAreaPage } from '../../../src/lib/data/areas.ts';
import { denominatorMeaning, HEADLINE_ORDER, headlineFigures, headlineRank } from '../../../src/lib/data/headlines.ts';
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
  it('puts size and work first, in their order, and oversight and discipline after every other indicator, on every area', () => {
    const first: readonly string[] = HEADLINE_ORDER.first;
    const last: readonly string[] = HEADLINE_ORDER.last;
    for (const area of areas) {
      const picked = headlineFigures(data, area, 50).map((o) => o.indicator);
      const preferred = picked.filter((i) => first.includes(i));
      expect(picked.slice(0, preferred.length), area).toEqual(preferred);
      expect(preferred).toEqual([...preferred].sort((a, b) => headlineRank(a) - headlineRank(b)));
      const firstLast = picked.findIndex((i) => last.includes(i));
      if (firstLast >= 0) expect(picked.slice(firstLast).every((i) => last.includes(i)), area).toBe(true);
    }
  });
  it('says what the number after the slash is', () => {
    const withTarget = data.observations.find((o) => o.denominator !== undefined && o.targetWords);
    const plain = data.observations.find((o) => o.denominator !== undefined && !o.targetWords);
    expect(withTarget && denominatorMeaning(withTarget)).toMatch(new RegExp(` là ${withTarget!.targetWords}$`));
    expect(plain && denominatorMeaning(plain)).toMatch(/^trên tổng số [\d.]+$/);
    expect(denominatorMeaning(data.observations.find((o) => o.denominator === undefined)!)).toBeUndefined();
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
