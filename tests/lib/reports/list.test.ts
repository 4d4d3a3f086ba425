import { describe, expect, it } from 'vitest';
import { reportsForArea, sortReports } from '../../../src/lib/reports/list.ts';
import type { ReportMeta } from '../../../src/lib/reports/schema.ts';

const report = (slug: string, date: string | undefined, end: string, areas: string[]) => ({
  slug,
  meta: { date, period: { start: '2015', end, label: '' }, areas } as unknown as ReportMeta,
});

describe('report lists', () => {
  const reports = [
    report('b', '2022-09-08', '2022', ['long-bien']),
    report('undated', undefined, '2023', ['dong-da']),
    report('a', '2023-04-10', '2023-03', ['nam-tu-liem']),
    report('ward', '2020-04', '2020', ['duc-giang']),
  ];
  it('sorts newest first, an undated report by the end of its period, ties by slug', () => {
    expect(sortReports(reports).map((r) => r.slug)).toEqual(['a', 'undated', 'b', 'ward']);
    expect(sortReports([report('y', '2020', '2020', []), report('x', '2020', '2020', [])]).map((r) => r.slug)).toEqual(['x', 'y']);
  });
  it('finds the reports about any of the given areas', () => {
    expect(reportsForArea(reports, new Set(['duc-giang', 'long-bien'])).map((r) => r.slug)).toEqual(['b', 'ward']);
    expect(reportsForArea(reports, new Set())).toEqual([]);
  });
});
