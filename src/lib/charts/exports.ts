/** Downloads of a chart: its data as CSV, the embed snippet and the citation. */
import { excelCsv } from '../data/excel-csv.ts';
import { absoluteUrl, routes } from '../routes.ts';
import { SITE_NAME } from '../site.ts';
import type { SiteChart } from './site-charts.ts';

export function chartCsv(chart: SiteChart): string {
  const fields = ['nhan', 'ky', 'gia_tri', 'nhan_gia_tri', 'chi_tieu', 'ghi_chu', 'so_lieu', 'nguon'];
  return excelCsv(
    fields,
    chart.model.data.map((d) => [d.label, d.sublabel, d.value, d.valueLabel, d.target, d.annotation, d.observationId, absoluteUrl(d.href)]),
  );
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
