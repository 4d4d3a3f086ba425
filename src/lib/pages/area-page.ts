/** An area's page: its place in the hierarchy, reports, key figures, charts and data notes. */
import type { SiteChart } from '../charts/site-charts.ts';
import { areaAncestry, areaLabel, areaPlace, areaTitle, hasAreaPage, type Area } from '../data/areas.ts';
import { headlineFigures } from '../data/headlines.ts';
import type { SiteData } from '../data/site-data.ts';
import { reportsForArea, sortReports } from '../reports/list.ts';
import { routes } from '../routes.ts';
import { FIGURE_TABLE_ID } from './figure-pages.ts';

export function areaPage(data: SiteData, area: Area, chartsDrawing: (ids: ReadonlySet<string>) => SiteChart[]) {
  const children = data.areas.filter((a) => a.parent === area.id);
  const reports = [...data.reports.values()];
  const observations = data.observations.filter((o) => o.area === area.id);
  const ids = new Set(observations.map((o) => o.id));
  return {
    title: areaTitle(area),
    label: areaLabel(area),
    breadcrumb: areaAncestry(data.areas, area.id).map((a) => ({
      label: areaLabel(a),
      // The city has no page of its own; the area itself is the current page.
      href: a.id === area.id || !hasAreaPage(a) ? undefined : routes.area(a.id),
      current: a.id === area.id,
    })),
    place: areaPlace(data.areas, area),
    children: children.map((c) => ({ label: areaLabel(c), href: routes.area(c.id) })),
    ownReports: sortReports(reportsForArea(reports, new Set([area.id]))),
    childReports: sortReports(reportsForArea(reports, new Set(children.map((c) => c.id)))),
    headlines: headlineFigures(data, area.id),
    observationCount: observations.length,
    allFiguresHref: routes.areaFigures(area.id, 1, FIGURE_TABLE_ID),
    charts: chartsDrawing(ids),
    notes: data.notes.filter((n) => ids.has(n.observation)),
  };
}
