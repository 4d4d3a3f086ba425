/** What a report page shows besides the text itself: header facts, contents, citation. */
import { areaLabel, hasAreaPage } from '../data/areas.ts';
import { observationCitation } from '../data/citation.ts';
import type { SiteData } from '../data/site-data.ts';
import { formatPartialDate, formatPeriod } from '../numbers/format.ts';
import { reportCitation } from '../reports/citation.ts';
import { reportJsonLd } from '../reports/json-ld.ts';
import { documentTypes, type ReportMeta } from '../reports/schema.ts';
import { buildToc, type TocHeading } from '../reports/toc.ts';
import { absoluteUrl, figureAnchor, routes } from '../routes.ts';

/** The heading remark-gfm gives the footnotes section: not part of the document's own contents. */
const FOOTNOTES_HEADING = 'footnote-label';

export function reportPage(data: SiteData, slug: string, meta: ReportMeta, headings: TocHeading[]) {
  const areas = data.areas.filter((a) => meta.areas.includes(a.id));
  const firstFigure = data.observationsByReport.get(slug)?.[0];
  return {
    toc: buildToc(headings.filter((h) => h.slug !== FOOTNOTES_HEADING)),
    areas: areas.map((a) => ({ label: areaLabel(a), href: hasAreaPage(a) ? routes.area(a.id) : undefined })),
    documentType: `${documentTypes[meta.documentType]}${meta.draft ? ' (dự thảo)' : ''}`,
    date: `${meta.datePrinted ?? 'Không ghi ngày'}${meta.date ? ` (${formatPartialDate(meta.date)})` : ''}`,
    period: `${meta.period.label} (${formatPeriod({ periodStart: meta.period.start, periodEnd: meta.period.end })})`,
    citation: reportCitation(meta, slug),
    sourceHref: routes.reportSource(slug),
    paragraphLinkExample: absoluteUrl(routes.report(slug, 'p-1')),
    figureLinkExample: firstFigure && absoluteUrl(routes.figure(slug, firstFigure.id)),
    citationsHref: routes.reportCitations(slug),
    jsonLd: reportJsonLd(meta, slug),
  };
}

/** The id of each figure in the page → its citation, for the report's "Sao chép trích dẫn" (routes.reportCitations). */
export function reportFigureCitations(data: SiteData, slug: string): Record<string, string> {
  const meta = data.reports.get(slug)!.meta;
  return Object.fromEntries((data.observationsByReport.get(slug) ?? []).map((o) => [figureAnchor(o.id), observationCitation(o, meta)]));
}
