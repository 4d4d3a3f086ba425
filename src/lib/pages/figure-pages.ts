/**
 * The table of every figure, paged by area and report: an area's figures in
 * the order of the data, whole reports packed onto a page up to a row budget.
 * One table of everything grew with the archive (about 80 MB at 1,000 reports)
 * and was held whole in the build's memory; a page here stays under 1 MB.
 */
import { areaLabel, type Area } from '../data/areas.ts';
import type { Observation } from '../data/observations.ts';
import type { SiteData } from '../data/site-data.ts';
import { groupBy } from '../group.ts';
import { routes } from '../routes.ts';
import { packWhole } from './paging.ts';

/** Rows per page: a row is under 800 bytes of HTML, so a full page stays well under 1 MB. */
export const FIGURE_PAGE_ROWS = 1000;
/** The id of the table on a figures page, where an area's "all figures" link lands. */
export const FIGURE_TABLE_ID = 'bang-so-lieu';

export interface FigurePage {
  area: Area;
  /** 1-based position among the area's pages, and how many there are. */
  number: number;
  of: number;
  href: string;
  /** "Số liệu Đức Giang", with "(trang 2/3)" when the area takes several pages. */
  title: string;
  reports: { slug: string; title: string; count: number }[];
  observations: Observation[];
}

export function figurePages(data: SiteData, budget = FIGURE_PAGE_ROWS): FigurePage[] {
  // Grouped once: filtering every observation per area grows as areas × observations with the archive.
  const byArea = groupBy(data.observations, (o) => o.area);
  return data.areas.flatMap((area) => {
    const packs = packWhole(groupBy(byArea.get(area.id) ?? [], (o) => o.report).values(), budget);
    return packs.map((pack, i) => {
      const number = i + 1;
      return {
        area,
        number,
        of: packs.length,
        href: routes.areaFigures(area.id, number),
        title: `Số liệu ${areaLabel(area)}${packs.length > 1 ? ` (trang ${number}/${packs.length})` : ''}`,
        reports: pack.map((rows) => ({
          slug: rows[0]!.report,
          title: data.reports.get(rows[0]!.report)?.meta.title ?? rows[0]!.report,
          count: rows.length,
        })),
        observations: pack.flat(),
      };
    });
  });
}
