/** The indicator explorer: indicators grouped by topic with their counts, and a one-line summary of the data. */
import { comparabilityLevels } from '../data/indicators.ts';
import type { SiteData } from '../data/site-data.ts';
import { formatNumber } from '../numbers/format.ts';
import { routes } from '../routes.ts';

export function indicatorsPage(data: SiteData) {
  const count = (id: string) => data.observationsByIndicator.get(id)?.length ?? 0;
  const topics = [...new Set(data.indicators.map((i) => i.topic))].sort((a, b) => a.localeCompare(b, 'vi'));
  const listed = data.indicators.filter((i) => count(i.id) > 0);
  return {
    summary: `${formatNumber(data.observations.length, 'count')} số liệu từ ${formatNumber(data.reports.size, 'count')} văn bản, xếp theo ${formatNumber(data.indicators.length, 'count')} chỉ tiêu.`,
    /** Indicators that have figures (the ones listed), as printed. */
    indicatorCount: formatNumber(listed.length, 'count'),
    topics: topics.map((name) => ({
      name,
      indicators: listed
        .filter((i) => i.topic === name)
        .map((i) => ({
          name: i.name,
          href: routes.indicator(i.id),
          detail: `${count(i.id)} số liệu; ${comparabilityLevels[i.comparability].toLowerCase()}`,
        })),
    })),
  };
}
