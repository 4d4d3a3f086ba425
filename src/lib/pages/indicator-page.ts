/** An indicator's page: definition, every observation with its quote and citation, charts and data notes. */
import type { ChartReason } from '../charts/rules.ts';
import type { SiteChart } from '../charts/site-charts.ts';
import { areaTitle } from '../data/areas.ts';
import { observationCitation, observationPath } from '../data/citation.ts';
import { comparabilityLevels, type Indicator } from '../data/indicators.ts';
import type { SiteData } from '../data/site-data.ts';
import { formatPeriod } from '../numbers/format.ts';

export function indicatorPage(
  data: SiteData,
  indicator: Indicator,
  chartsDrawing: (ids: ReadonlySet<string>) => SiteChart[],
  chartReasons: (indicatorId: string) => ChartReason[] = () => [],
) {
  const observations = data.observationsByIndicator.get(indicator.id) ?? [];
  const ids = new Set(observations.map((o) => o.id));
  const areas = data.areas.filter((a) => observations.some((o) => o.area === a.id));
  return {
    observations,
    comparability: `${comparabilityLevels[indicator.comparability]}${indicator.comparability_note ? `: ${indicator.comparability_note}` : ''}`,
    summary: `${observations.length} số liệu, ${areas.length} địa bàn`,
    description: `${indicator.definition}. ${observations.length} số liệu, mỗi số kèm câu gốc.`,
    citations: observations.map((o) => ({ id: `trich-dan-${o.id}`, text: observationCitation(o, data.reports.get(o.report)!.meta) })),
    charts: chartsDrawing(ids),
    /** Figures no chart draws, each with why: a chart that cannot be fair is not drawn. */
    reasons: chartReasons(indicator.id).map((r) => {
      const o = data.observationById.get(r.observation)!;
      return {
        ...r,
        printed: o.printed,
        href: observationPath(o),
        where: `${areaTitle(data.areas.find((a) => a.id === o.area)!)}, ${formatPeriod(o)}`,
        reason: r.reason,
      };
    }),
    notes: data.notes.filter((n) => ids.has(n.observation) || n.related.some((r) => ids.has(r))),
  };
}
