/** The figures of one report, ready for linking from its text (see edition/figure-links.ts). */
import type { LinkableFigure } from '../edition/figure-links.ts';
import { observationPath } from '../pages/indicator-page.ts';
import { siteData } from './site-data.ts';

export function reportFigures(slug: string): LinkableFigure[] {
  const data = siteData();
  return (data.observationsByReport.get(slug) ?? []).map((o) => ({
    id: o.id,
      href: observationPath(data, o),
      anchor: o.anchor,
      quote: o.quote,
      printed: o.printed,
    }));
}
