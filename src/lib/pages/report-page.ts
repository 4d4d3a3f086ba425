/** What a report page shows besides the text itself: header facts, contents, citation, search markers. */
import { areaLabel, hasAreaPage } from '../data/areas.ts';
import type { SiteData } from '../data/site-data.ts';
import { formatPartialDate, formatPeriod } from '../numbers/format.ts';
import { reportCitation } from '../reports/citation.ts';
import { reportJsonLd } from '../reports/json-ld.ts';
import { documentTypes, type ReportMeta } from '../reports/schema.ts';
import { buildToc, type TocHeading } from '../reports/toc.ts';
import { absoluteUrl, routes } from '../routes.ts';
import { searchFilters } from '../search/filters.ts';
import { RESULT_KINDS } from '../search/vocabulary.ts';

/** The heading remark-gfm gives the footnotes section: not part of the document's own contents. */
const FOOTNOTES_HEADING = 'footnote-label';

export function reportPage(data: SiteData, slug: string, meta: ReportMeta, headings: TocHeading[]) {
  const areas = data.areas.filter((a) => meta.areas.includes(a.id));
  return {
    toc: buildToc(headings.filter((h) => h.slug !== FOOTNOTES_HEADING)),
    areas: areas.map((a) => ({ label: areaLabel(a), href: hasAreaPage(a) ? routes.area(a.id) : undefined })),
    documentType: `${documentTypes[meta.documentType]}${meta.draft ? ' (dự thảo)' : ''}`,
    date: `${meta.datePrinted ?? 'Không ghi ngày'}${meta.date ? ` (${formatPartialDate(meta.date)})` : ''}`,
    period: `${meta.period.label} (${formatPeriod({ periodStart: meta.period.start, periodEnd: meta.period.end })})`,
    citation: reportCitation(meta, slug),
    sourceHref: routes.reportSource(slug),
    paragraphLinkExample: absoluteUrl(routes.report(slug, 'p-1')),
    search: {
      filters: searchFilters({ areas, reports: [meta], kind: 'text' }),
      meta: {
        kind: RESULT_KINDS.text,
        report: meta.shortTitle,
        area: areas.map((a) => areaLabel(a)).join(', '),
        date: meta.date ? formatPartialDate(meta.date) : meta.period.label,
      },
    },
    jsonLd: reportJsonLd(meta, slug),
  };
}
