import { describe, expect, it } from 'vitest';
import { anchorLabel, observationRows } from '../../../src/lib/data/observation-rows.ts';
import { siteData } from '../../../src/lib/data/site-data.ts';

describe('observation rows', () => {
  const data = siteData();
  const [row] = observationRows(data, [data.observationById.get('ntl-063')!]);
  it('names where a figure is quoted', () => {
    expect(anchorLabel('p-12')).toBe('đoạn 12');
    expect(anchorLabel('fn-5')).toBe('chú thích 5');
  });
  it('gives each cell its text and link, and sorts periods by when they end', () => {
    expect(row!.printed).toBe('11.361');
    expect(row!.indicator.href).toBe('/so-lieu/so-dang-vien/#ntl-063');
    expect(row!.area.label).toBe('quận Nam Từ Liêm');
    expect(row!.period.sortKey).toMatch(/^\d{4}/);
    expect(row!.source.href).toBe('/bao-cao/nam-tu-liem-giua-nhiem-ky-2023/#so-lieu-ntl-063');
  });
  it('lets the table filter match the figure typed with or without its dots and diacritics', () => {
    expect(row!.search).toContain('11.361');
    expect(row!.search).toContain('11361');
    expect(row!.search).toContain('dang vien');
  });
});
