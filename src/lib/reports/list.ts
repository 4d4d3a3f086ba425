/** Order reports the way readers look for them: newest first, undated last. */
import type { ReportMeta } from './schema.ts';

export function sortReports<T extends { id: string; data: ReportMeta }>(reports: T[]): T[] {
  return [...reports].sort((a, b) => (b.data.date ?? b.data.period.end).localeCompare(a.data.date ?? a.data.period.end) || a.id.localeCompare(b.id));
}

/** Reports about an area or any area below it (a ward's report belongs to its district too). */
export function reportsForArea<T extends { data: ReportMeta }>(reports: T[], areaIds: Set<string>): T[] {
  return reports.filter((r) => r.data.areas.some((a) => areaIds.has(a)));
}
