/**
 * An indicator's pages: definition, every observation with its quote and
 * citation, charts and data notes. The observations are paged by report
 * (lib/pages/paging.ts): one indicator gathers a row from nearly every report
 * (15 MB on one page at 1,000 reports), so a page holds whole reports up to a
 * row budget; the charts, drawn from all of them, are on the first page.
 */
import type { ChartReason } from '../charts/rules.ts';
import type { SiteChart } from '../charts/site-charts.ts';
import { areaTitle } from '../data/areas.ts';
import { observationCitation } from '../data/citation.ts';
import { comparabilityLevels, type Indicator } from '../data/indicators.ts';
import type { Observation } from '../data/observations.ts';
import type { SiteData } from '../data/site-data.ts';
import { groupBy } from '../group.ts';
import { formatPeriod } from '../numbers/format.ts';
import { routes } from '../routes.ts';
import { packWhole } from './paging.ts';

/** Rows per indicator page: a row with its quote and citation is at most about 4 KB of HTML, so a page stays well under 1 MB. */
export const INDICATOR_PAGE_ROWS = 150;

/** The observations of an indicator, page by page. */
function indicatorPacks(data: SiteData, indicatorId: string, budget: number): Observation[][] {
  const observations = data.observationsByIndicator.get(indicatorId) ?? [];
  return packWhole(groupBy(observations, (o) => o.report).values(), budget).map((pack) => pack.flat());
}

/** Per site data and budget: the page each observation's row is on. */
const pageNumbers = new WeakMap<SiteData, Map<number, Map<string, number>>>();

function pageOf(data: SiteData, o: Pick<Observation, 'indicator' | 'id'>, budget: number): number {
  const byBudget = pageNumbers.get(data) ?? new Map<number, Map<string, number>>();
  pageNumbers.set(data, byBudget);
  let numbers = byBudget.get(budget);
  if (!numbers) {
    numbers = new Map();
    for (const indicatorId of data.observationsByIndicator.keys())
      indicatorPacks(data, indicatorId, budget).forEach((pack, i) => pack.forEach((row) => numbers!.set(row.id, i + 1)));
    byBudget.set(budget, numbers);
  }
  return numbers.get(o.id) ?? 1;
}

/** An observation's row on its indicator's pages, with its citation. */
/** The number of the indicator page (1-based) that holds an observation's row. */
export function indicatorPageNumber(data: SiteData, o: Pick<Observation, 'indicator' | 'id'>, budget = INDICATOR_PAGE_ROWS): number {
  return pageOf(data, o, budget);
}

export function observationPath(data: SiteData, o: Pick<Observation, 'indicator' | 'id'>, budget = INDICATOR_PAGE_ROWS): string {
  return routes.indicator(o.indicator, o.id, indicatorPageNumber(data, o, budget));
}

/** The addresses of an indicator's pages, first page first. */
export function indicatorPageHrefs(data: SiteData, indicatorId: string, budget = INDICATOR_PAGE_ROWS): string[] {
  return indicatorPacks(data, indicatorId, budget).map((_, i) => routes.indicator(indicatorId, undefined, i + 1));
}

/** Page `number` (1-based) of an indicator. */
export function indicatorPage(
  data: SiteData,
  indicator: Indicator,
  number: number,
  chartsDrawing: (ids: ReadonlySet<string>) => SiteChart[],
  chartReasons: (indicatorId: string) => ChartReason[] = () => [],
  budget = INDICATOR_PAGE_ROWS,
) {
  const all = data.observationsByIndicator.get(indicator.id) ?? [];
  const areas = data.areas.filter((a) => all.some((o) => o.area === a.id));
  const charts = chartsDrawing(new Set(all.map((o) => o.id)));
  const packs = indicatorPacks(data, indicator.id, budget);
  const observations = packs[number - 1] ?? [];
  const ids = new Set(observations.map((o) => o.id));
  const paging = packs.length > 1 ? ` (trang ${number}/${packs.length})` : '';
  return {
    number,
    hrefs: indicatorPageHrefs(data, indicator.id, budget),
    title: `${indicator.name}${paging}`,
    observations,
    comparability: `${comparabilityLevels[indicator.comparability]}${indicator.comparability_note ? `: ${indicator.comparability_note}` : ''}`,
    summary: `${all.length} số liệu, ${areas.length} địa bàn`,
    description: `${indicator.definition}. ${all.length} số liệu, mỗi số kèm câu gốc.`,
    caption: `${indicator.name}: mọi số liệu theo địa bàn và kỳ${paging}`,
    citations: observations.map((o) => ({ id: `trich-dan-${o.id}`, text: observationCitation(o, data.reports.get(o.report)!.meta) })),
    /** The charts draw every page's figures: shown once, on the first page. */
    charts: number === 1 ? charts : [],
    /** Whether the indicator has a chart at all (on its first page): the reasons' heading says so. */
    charted: charts.length > 0,
    /** Figures no chart draws, each with why (a chart that cannot be fair is not drawn), on the page of the figure's row. */
    reasons: chartReasons(indicator.id)
      .map((r) => ({ r, o: data.observationById.get(r.observation)! }))
      .filter(({ o }) => pageOf(data, o, budget) === number)
      .map(({ r, o }) => ({
        ...r,
        printed: o.printed,
        href: observationPath(data, o, budget),
        where: `${areaTitle(data.areas.find((a) => a.id === o.area)!)}, ${formatPeriod(o)}`,
        reason: r.reason,
      })),
    notes: data.notes.filter((n) => ids.has(n.observation) || n.related.some((r) => ids.has(r))),
  };
}
