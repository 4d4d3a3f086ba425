/** Order reports the way readers look for them: newest first, undated last. */
import type { ReportMeta } from './schema.ts';

export interface ReportRef {
  slug: string;
  meta: ReportMeta;
}

export function sortReports<T extends ReportRef>(reports: Iterable<T>): T[] {
  return [...reports].sort(
    (a, b) => (b.meta.date ?? b.meta.period.end).localeCompare(a.meta.date ?? a.meta.period.end) || a.slug.localeCompare(b.slug),
  );
}

/** Reports about any of these areas (a ward's report is listed under its district by passing the ward's id). */
export function reportsForArea<T extends ReportRef>(reports: Iterable<T>, areaIds: ReadonlySet<string>): T[] {
  return [...reports].filter((r) => r.meta.areas.some((a) => areaIds.has(a)));
}
