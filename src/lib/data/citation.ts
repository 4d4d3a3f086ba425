/** Ready-to-paste citation of one figure: what, where, when, and the link to the figure in its sentence. */
import { absoluteUrl, routes } from '../routes.ts';
import type { ReportMeta } from '../reports/schema.ts';
import { formatPeriod } from '../numbers/format.ts';
import type { Observation } from './observations.ts';

/** The figure itself in its report: its own id, highlighted on arrival. */
export function figurePath(o: Pick<Observation, 'report' | 'id'>): string {
  return routes.figure(o.report, o.id);
}

export function observationCitation(o: Observation, report: ReportMeta): string {
  const period = formatPeriod(o);
  return `“${o.quote}” (${report.issuer}, ${report.shortTitle}${period ? `; kỳ số liệu: ${period}` : ''}). Nguồn: ${absoluteUrl(figurePath(o))}`;
}
