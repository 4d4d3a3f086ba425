/** Citation text for a report or one of its paragraphs, in the style Vietnamese newsrooms use. */
import { formatPartialDate } from '../numbers/format.ts';
import { absoluteUrl, routes } from '../routes.ts';
import { SITE_NAME } from '../site.ts';
import type { ReportMeta } from './schema.ts';

export function reportCitation(meta: ReportMeta, slug: string, anchor?: string): string {
  const parts = [
    meta.issuer,
    `“${meta.title}”`,
    meta.documentNumber && !/^Số\s*-/.test(meta.documentNumber) ? meta.documentNumber : undefined,
    meta.outlet,
    meta.date ? formatPartialDate(meta.date) : 'không ghi ngày',
    meta.draft ? 'bản dự thảo' : undefined,
  ].filter(Boolean);
  const url = absoluteUrl(routes.report(slug, anchor));
  return `${parts.join(', ')}. Bản điện tử: ${SITE_NAME}, ${url}`;
}
