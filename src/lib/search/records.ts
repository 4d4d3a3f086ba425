/**
 * What goes into the search index besides the HTML pages: every observation
 * as its own record, so a search for "11.361" shows the figure with its
 * sentence and lands on the paragraph it came from.
 */
import { areaLabel } from '../data/areas.ts';
import type { SiteData } from '../data/site-data.ts';
import { formatPeriod } from '../numbers/format.ts';
import { printedWithUnit } from '../numbers/units.ts';
import { routes } from '../routes.ts';
import { searchFilters, type SearchFilters } from './filters.ts';
import { RESULT_KINDS } from './vocabulary.ts';

export interface SearchRecord {
  url: string;
  content: string;
  language: 'vi';
  meta: Record<string, string>;
  filters: SearchFilters;
}

export function observationRecords(data: SiteData): SearchRecord[] {
  const areaById = new Map(data.areas.map((a) => [a.id, a]));
  return data.observations.map((o) => {
    const report = data.reports.get(o.report)!.meta;
    const indicator = data.indicatorById.get(o.indicator)!;
    const area = areaById.get(o.area)!;
    const period = formatPeriod(o);
    return {
      // The query string only makes each record's URL unique; the fragment lands on the paragraph.
      url: `${routes.report(o.report)}?so-lieu=${o.id}#${o.anchor}`,
      content: `${o.printed} ${indicator.name}${o.category ? ` (${o.category})` : ''}, ${areaLabel(area)}, ${period}. ${o.quote}`,
      language: 'vi',
      meta: {
        title: `${printedWithUnit(o)} — ${indicator.name}`,
        kind: RESULT_KINDS.figure,
        area: areaLabel(area),
        report: report.shortTitle,
        date: period,
        indicator: routes.indicator(o.indicator, o.id),
      },
      filters: searchFilters({ areas: [area], reports: [report], kind: 'figure' }),
    };
  });
}
