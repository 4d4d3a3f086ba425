/** Observations as the rows of a table: every cell's text and link, and the folded text the filter searches. */
import { formatPeriod } from '../numbers/format.ts';
import { convertValue, printedWithUnit } from '../numbers/units.ts';
import { foldVietnamese } from '../text/fold.ts';
import { areaLabel } from './areas.ts';
import { observationPath } from '../pages/indicator-page.ts';
import { figurePath } from './citation.ts';
import { observationEnd, type Observation } from './observations.ts';
import type { SiteData } from './site-data.ts';

/** "p-12" -> "đoạn 12", "fn-5" -> "chú thích 5": where in the report a figure is quoted. */
export function anchorLabel(anchor: string): string {
  return anchor.replace(/^p-/, 'đoạn ').replace(/^fn-/, 'chú thích ');
}

export function observationRows(data: SiteData, observations: Observation[]) {
  const areaById = new Map(data.areas.map((a) => [a.id, a]));
  return observations.map((o) => {
    const indicator = data.indicatorById.get(o.indicator)!;
    const area = areaById.get(o.area)!;
    return {
      id: o.id,
      printed: printedWithUnit(o),
      category: o.category,
      // Sorted in the indicator's unit: 10,72 km2 sorts as 1.072 ha.
      value: convertValue(o.value, o.unit, indicator.unit),
      indicator: { name: indicator.name, href: observationPath(data, o), topic: indicator.topic },
      area: { id: area.id, label: areaLabel(area) },
      period: { label: formatPeriod(o), sortKey: observationEnd(o) },
      quote: o.quote,
      note: o.note,
      source: { href: figurePath(o), label: `${data.reports.get(o.report)!.meta.shortTitle}, ${anchorLabel(o.anchor)}` },
      // "11.361" is also typed "11361": both go into what the filter matches.
      search: foldVietnamese(`${o.printed} ${o.printed.replace(/\./g, '')} ${indicator.name} ${area.name} ${o.category} ${o.quote}`),
    };
  });
}
