/** Atom feed of the reports, newest first. */
import { escapeXml } from '../charts/text.ts';
import { absoluteUrl, routes } from '../routes.ts';
import { SITE_NAME } from '../site.ts';
import type { ReportRef } from './list.ts';

/** A partial ISO date as an Atom timestamp: "2020-04" -> "2020-04-01T00:00:00+07:00". */
export function atomDate(iso: string): string {
  const [y, m = '01', d = '01'] = iso.split('-');
  return `${y}-${m}-${d}T00:00:00+07:00`;
}

export function reportsFeed(reports: ReportRef[]): string {
  const updated =
    reports
      .map((r) => atomDate(r.meta.date ?? r.meta.period.end))
      .sort()
      .at(-1) ?? atomDate('2020');
  const entries = reports
    .map((r) => {
      const url = absoluteUrl(routes.report(r.slug));
      return `  <entry>\n    <title>${escapeXml(r.meta.shortTitle)}</title>\n    <link rel="alternate" type="text/html" href="${url}"/>\n    <id>${url}</id>\n    <updated>${atomDate(r.meta.date ?? r.meta.period.end)}</updated>\n    <author><name>${escapeXml(r.meta.author ?? r.meta.issuer)}</name></author>\n    <summary>${escapeXml(r.meta.summary)}</summary>\n  </entry>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">\n  <title>${SITE_NAME}: các báo cáo</title>\n  <link rel="self" href="${absoluteUrl(routes.reportsFeed())}"/>\n  <link rel="alternate" type="text/html" href="${absoluteUrl(routes.reports())}"/>\n  <id>${absoluteUrl(routes.reports())}</id>\n  <updated>${updated}</updated>\n${entries}\n</feed>\n`;
}
