/** Which OG cards the site has: one per report, indicator with data, and chart. */
import type { SiteChart } from './charts/site-charts.ts';
import type { SiteData } from './data/site-data.ts';
import type { OgCard } from './og.ts';
import { documentTypes } from './reports/schema.ts';

export function ogCards(data: SiteData, charts: SiteChart[]): OgCard[] {
  return [
    ...[...data.reports.values()].map((r) => ({
      name: `bao-cao-${r.slug}`,
      kicker: documentTypes[r.meta.documentType],
      title: r.meta.shortTitle,
      detail: r.meta.issuer,
    })),
    ...data.indicators
      .filter((i) => data.observationsByIndicator.has(i.id))
      .map((i) => ({
        name: `so-lieu-${i.id}`,
        kicker: 'Số liệu',
        title: i.name,
        detail: `${data.observationsByIndicator.get(i.id)!.length} số liệu, mỗi số kèm câu gốc`,
      })),
    ...charts.map((c) => ({ name: `bieu-do-${c.spec.id}`, kicker: 'Biểu đồ', title: c.model.title, detail: c.model.subtitle })),
  ];
}
