/** Atom feed of the reports, newest first. */
import { escapeXml } from '../charts/text.ts';
import { absoluteUrl, SITE_NAME } from '../site.ts';
import type { ReportMeta } from './schema.ts';

/** A partial ISO date as an Atom timestamp: "2020-04" -> "2020-04-01T00:00:00+07:00". */
export function atomDate(iso: string): string {
  const [y, m = '01', d = '01'] = iso.split('-');
  return `${y}-${m}-${d}T00:00:00+07:00`;
}

export function reportsFeed(reports: { id: string; data: ReportMeta }[]): string {
  const updated = reports.map((r) => atomDate(r.data.date ?? r.data.period.end)).sort().at(-1) ?? atomDate('2020');
  const entries = reports
    .map((r) => {
      const url = absoluteUrl(`/bao-cao/${r.id}/`);
      return `  <entry>\n    <title>${escapeXml(r.data.shortTitle)}</title>\n    <link rel="alternate" type="text/html" href="${url}"/>\n    <id>${url}</id>\n    <updated>${atomDate(r.data.date ?? r.data.period.end)}</updated>\n    <author><name>${escapeXml(r.data.author ?? r.data.issuer)}</name></author>\n    <summary>${escapeXml(r.data.summary)}</summary>\n  </entry>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">\n  <title>${SITE_NAME}: các báo cáo</title>\n  <link rel="self" href="${absoluteUrl('/bao-cao/feed.xml')}"/>\n  <link rel="alternate" type="text/html" href="${absoluteUrl('/bao-cao/')}"/>\n  <id>${absoluteUrl('/bao-cao/')}</id>\n  <updated>${updated}</updated>\n${entries}\n</feed>\n`;
}
