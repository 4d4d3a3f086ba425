/** Which OG cards the site has: one per report and indicator with data (a chart page shares the chart itself). */
import type { SiteData } from './data/site-data.ts';
import type { OgCard } from './og.ts';
import { documentTypes } from './reports/schema.ts';

export function ogCards(data: SiteData): OgCard[] {
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
  ];
}
