import { describe, expect, it } from 'vitest';
import { siteData } from '../../../src/lib/data/site-data.ts';
import { searchFilters } from '../../../src/lib/search/filters.ts';

describe('searchFilters', () => {
  it('names areas, reports, document types and years once each, and the kind of result', () => {
    const data = siteData();
    const reports = [...data.reports.values()].map((r) => r.meta);
    const filters = searchFilters({
      areas: data.areas.filter((a) => a.id === 'duc-giang' || a.id === 'long-bien'),
      reports: [...reports, ...reports],
      kind: 'chart',
    });
    expect(filters.area.sort()).toEqual(['Long Biên', 'Đức Giang'].sort());
    expect(filters.report).toHaveLength(reports.length);
    expect(new Set(filters.type).size).toBe(filters.type.length);
    expect(filters.year.every((y) => /^\d{4}$/.test(y))).toBe(true);
    expect(filters.kind).toEqual(['Biểu đồ']);
  });
});
