/** The figures of one report, ready for linking from its text (see edition/figure-links.ts). */
import type { LinkableFigure } from '../edition/figure-links.ts';
import { formatPeriod } from '../numbers/format.ts';
import { siteData } from './site-data.ts';

export function reportFigures(slug: string): LinkableFigure[] {
  const data = siteData();
  return (data.observationsByReport.get(slug) ?? []).map((o) => ({
      id: o.id,
      indicator: o.indicator,
      anchor: o.anchor,
      quote: o.quote,
      printed: o.printed,
      label: `${data.indicatorById.get(o.indicator)!.name}${o.category ? ` (${o.category})` : ''}, ${formatPeriod(o)}: xem số liệu`,
    }));
}
