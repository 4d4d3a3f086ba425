/** Downloads of a chart: its data as CSV, the embed snippet and the citation. */
import Papa from 'papaparse';
import { absoluteUrl, routes } from '../routes.ts';
import { SITE_NAME } from '../site.ts';
import type { SiteChart } from './site-charts.ts';

export function chartCsv(chart: SiteChart): string {
  const rows = chart.model.data.map((d) => ({
    nhan: d.label,
    ky: d.sublabel ?? '',
    gia_tri: d.value,
    nhan_gia_tri: d.valueLabel,
    chi_tieu: d.target ?? '',
    ghi_chu: d.annotation ?? '',
    so_lieu: d.observationId,
    nguon: absoluteUrl(d.href),
  }));
  return `\uFEFF${Papa.unparse(rows, { newline: '\r\n' })}\r\n`;
}

export function embedSnippet(chart: SiteChart): string {
  const src = absoluteUrl(routes.embed(chart.spec.id));
  return (
    `<iframe src="${src}" title="${chart.model.title.replace(/"/g, '&quot;')}" width="100%" height="${chart.rendered.height}" style="border:0;width:100%" loading="lazy" data-bao-cao-mo="${chart.spec.id}"></iframe>\n` +
    `<script>addEventListener("message",function(e){if(e.origin!=="${new URL(src).origin}"||!e.data||e.data.type!=="bao-cao-mo:height")return;document.querySelectorAll('iframe[data-bao-cao-mo="'+e.data.id+'"]').forEach(function(f){f.style.height=e.data.height+"px"})})</script>`
  );
}

export function chartCitation(chart: SiteChart): string {
  return `${SITE_NAME}, “${chart.model.title}”, biểu đồ từ ${chart.model.sources.join('; ')}. ${absoluteUrl(routes.chart(chart.spec.id))}`;
}
