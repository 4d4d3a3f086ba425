/** The home page: what the site holds, each area's key figures, featured charts and the reports. */
import type { SiteChart } from '../charts/site-charts.ts';
import { areaTitle, hasAreaPage } from '../data/areas.ts';
import { headlineFigures } from '../data/headlines.ts';
import { endedAreasNote, siteHoldings } from '../data/holdings.ts';
import type { SiteData } from '../data/site-data.ts';
import { sortReports } from '../reports/list.ts';
import { routes } from '../routes.ts';

const FEATURED_CHARTS = 3;
const HOME_HEADLINES = 3;

export function homePage(data: SiteData, charts: SiteChart[]) {
  // An area with no figure gets no heading on the home page.
  const shown = data.areas
    .filter(hasAreaPage)
    .map((area) => ({ area, headlines: headlineFigures(data, area.id, HOME_HEADLINES) }))
    .filter((a) => a.headlines.length > 0);
  return {
    holdings: siteHoldings(data),
    areas: shown.map(({ area, headlines }) => ({ id: area.id, title: areaTitle(area), href: routes.area(area.id), headlines })),
    /** Said under the areas' heading, since most readers meet the districts here first. */
    areasNote: endedAreasNote(shown.map((a) => a.area)),
    featured: charts.filter((c) => c.spec.featured === 'yes').slice(0, FEATURED_CHARTS),
    reports: sortReports(data.reports.values()),
  };
}
