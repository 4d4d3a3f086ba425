/**
 * What the site holds, in words, for the home page and the dataset
 * description: counted from the data, so adding or removing a report changes
 * every sentence that mentions how many there are or where they are from.
 */
import { formatNumber, formatPartialDate } from '../numbers/format.ts';
import { groupBy } from '../group.ts';
import { areaLevels, TWO_TIER_FIRST_DAY, TWO_TIER_LAST_DAY, type Area } from './areas.ts';
import { capitalise } from '../text/case.ts';
import type { Dataset } from './dataset.ts';

/** "A, B và C". */
export function joinVietnamese(items: string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} và ${items.at(-1)}`;
}

/** "các quận Nam Từ Liêm, Đống Đa, Long Biên và phường Đức Giang": areas grouped by level, in the hierarchy's order. */
export function describeAreas(areas: Area[]): string {
  const groups = (Object.keys(areaLevels) as Area['level'][]).map((level) => areas.filter((a) => a.level === level)).filter((g) => g.length);
  const phrase = (group: Area[], names: string) => `${group.length > 1 ? 'các ' : ''}${areaLevels[group[0]!.level]} ${names}`;
  if (groups.length === 1) return phrase(groups[0]!, joinVietnamese(groups[0]!.map((a) => a.name)));
  return joinVietnamese(groups.map((g) => phrase(g, g.map((a) => a.name).join(', '))));
}

/**
 * What a page or chart that names areas no longer administrative units says
 * of them, '' when it names none. In full, for pages: "Các quận Nam Từ Liêm và
 * Long Biên là đơn vị hành chính đến hết 30/6/2025; từ 1/7/2025 chính quyền địa
 * phương có hai cấp (thành phố; xã, phường), không còn cấp quận. Tên địa bàn giữ
 * như trong văn bản." Brief, for a chart's notes (drawn into every image of it):
 * "Các quận Nam Từ Liêm và Long Biên là đơn vị hành chính đến hết 30/6/2025
 * (chính quyền hai cấp từ 1/7/2025)."
 */
export function endedAreasNote(named: Area[], form: 'full' | 'brief' = 'full'): string {
  const byLastDay = groupBy(
    named.filter((a) => a.valid_to),
    (a) => a.valid_to,
  );
  if (!byLastDay.size) return '';
  const firstDay = formatPartialDate(TWO_TIER_FIRST_DAY);
  const clauses = [...byLastDay]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([lastDay, areas]) => {
      const listed = `${capitalise(describeAreas(areas))} là đơn vị hành chính đến hết ${formatPartialDate(lastDay)}`;
      if (lastDay !== TWO_TIER_LAST_DAY || !areas.some((a) => a.level === 'quan')) return listed;
      return form === 'full'
        ? `${listed}; từ ${firstDay} chính quyền địa phương có hai cấp (thành phố; xã, phường), không còn cấp quận`
        : `${listed} (chính quyền hai cấp từ ${firstDay})`;
    });
  return form === 'full' ? `${clauses.join('. ')}. Tên địa bàn giữ như trong văn bản.` : `${clauses.join('. ')}.`;
}

export interface Holdings {
  /** "5 báo cáo". */
  reports: string;
  /** "558 số liệu". */
  observations: string;
  /** The areas the reports are about, described. */
  areas: string;
  /** The city at the top of the hierarchy: "Hà Nội". */
  city: string;
}

export function siteHoldings(data: Pick<Dataset, 'areas' | 'reports' | 'observations'>): Holdings {
  const reported = new Set([...data.reports.values()].flatMap((r) => r.meta.areas));
  return {
    reports: `${formatNumber(data.reports.size, 'count')} báo cáo`,
    observations: `${formatNumber(data.observations.length, 'count')} số liệu`,
    areas: describeAreas(data.areas.filter((a) => reported.has(a.id))),
    city: data.areas.filter((a) => !a.parent).map((a) => a.name).join(', '),
  };
}
