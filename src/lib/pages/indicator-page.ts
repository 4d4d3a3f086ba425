/** An indicator's page: definition, every observation with its quote and citation, charts and data notes. */
import type { SiteChart } from '../charts/site-charts.ts';
import { observationCitation } from '../data/citation.ts';
import { comparabilityLevels, type Indicator } from '../data/indicators.ts';
import type { SiteData } from '../data/site-data.ts';

export function indicatorPage(data: SiteData, indicator: Indicator, chartsDrawing: (ids: ReadonlySet<string>) => SiteChart[]) {
  const observations = data.observationsByIndicator.get(indicator.id) ?? [];
  const ids = new Set(observations.map((o) => o.id));
  const areas = data.areas.filter((a) => observations.some((o) => o.area === a.id));
  return {
    observations,
    comparability: `${comparabilityLevels[indicator.comparability]}${indicator.comparability_note ? `: ${indicator.comparability_note}` : ''}`,
    summary: `${observations.length} số liệu, ${areas.length} địa bàn`,
    description: `${indicator.definition}. ${observations.length} số liệu, mỗi số kèm câu gốc.`,
    citations: observations.map((o) => observationCitation(o, data.reports.get(o.report)!.meta)),
    charts: chartsDrawing(ids),
    notes: data.notes.filter((n) => ids.has(n.observation) || n.related.some((r) => ids.has(r))),
  };
}
