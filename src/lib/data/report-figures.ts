/** The figures of one report, ready for linking from its text (see edition/figure-links.ts). */
import type { LinkableFigure } from '../edition/figure-links.ts';
import { siteData } from './site-data.ts';

export function reportFigures(slug: string): LinkableFigure[] {
  const data = siteData();
  return (data.observationsByReport.get(slug) ?? []).map((o) => ({
    id: o.id,
      indicator: o.indicator,
      anchor: o.anchor,
      quote: o.quote,
      printed: o.printed,
    }));
}
