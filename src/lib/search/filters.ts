/**
 * The filters a search result carries (area, report, document type, year,
 * kind of result), built the same way for report pages, indicator pages,
 * chart pages and figure records, so the search page's filters mean one thing.
 */
import type { Area } from '../data/areas.ts';
import { documentTypes, reportYear, type ReportMeta } from '../reports/schema.ts';
import { FILTERS, RESULT_KINDS } from './vocabulary.ts';

export type SearchFilters = Record<keyof typeof FILTERS, string[]>;

const unique = (values: string[]) => [...new Set(values)];

export function searchFilters(input: {
  areas: Pick<Area, 'name'>[];
  reports: ReportMeta[];
  kind: keyof typeof RESULT_KINDS;
}): SearchFilters {
  return {
    area: unique(input.areas.map((a) => a.name)),
    report: unique(input.reports.map((r) => r.shortTitle)),
    type: unique(input.reports.map((r) => documentTypes[r.documentType])),
    year: unique(input.reports.map((r) => String(reportYear(r)))),
    kind: [RESULT_KINDS[input.kind]],
  };
}
