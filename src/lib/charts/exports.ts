/** Downloads of a chart: its data as CSV, the embed snippet and the citation. */
import { excelCsv } from '../data/excel-csv.ts';
import { absoluteUrl, routes } from '../routes.ts';
import { SITE_NAME } from '../site.ts';
import type { ChartImages } from './images.ts';
import { LAYOUTS } from './plots.ts';
import { escapeXml } from './text.ts';
import type { SiteChart } from './site-charts.ts';

/** One row per mark: the value as the chart shows it, and the exact value it was rounded from. */
export function chartCsv(chart: SiteChart): string {
  const fields = ['nhan', 'ky', 'gia_tri', 'gia_tri_chinh_xac', 'nhan_gia_tri', 'don_vi', 'chi_tieu', 'ghi_chu', 'so_lieu', 'nguon'];
  return excelCsv(
    fields,
    chart.model.data.map((d) => [
      d.label,
      d.sublabel,
      d.shown,
      d.value,
      d.valueLabel,
      chart.model.valueLabel,
      d.target,
      [d.role === 'target' ? 'chỉ tiêu' : '', d.annotation].filter(Boolean).join('; ') || undefined,
      d.observationId,
      absoluteUrl(d.href),
    ]),
  );
}

/** Embeds switch layout where the next layout fits (px), the same in the embed page's stylesheet. */
export const EMBED_BREAKPOINTS = { medium: LAYOUTS.medium.width, wide: LAYOUTS.wide.width } as const;
/** The fixed-height line under an embedded chart that links to its page. */
export const EMBED_SOURCE_HEIGHT = 28;

const percent = (ratio: number) => `${(ratio * 100).toFixed(4)}%`;

/**
 * `difference` × the width, only while the width is under `limit`: a step in
 * CSS alone. In padding, 100% is the width of the box, so (limit − 100%) ×
 * 10000 is huge and positive under the limit and ≤ 0 from it on.
 */
function below(limit: number, difference: number): string {
  return difference >= 0
    ? `min(${percent(difference)}, max(0px, (${limit}px - 100%) * 10000))`
    : `max(${percent(difference)}, min(0px, (100% - ${limit}px) * 10000))`;
}

/**
 * The height of the embed page at any width, as CSS: each layout's image is
 * as tall as its width times its proportions, plus the source line. Pasted
 * into a page that strips scripts, the frame still shows the whole chart.
 */
export function embedHeightCss(images: Pick<ChartImages, 'narrow' | 'medium' | 'wide'>): string {
  const ratio = (image: { width: number; height: number }) => image.height / image.width;
  const [narrow, medium, wide] = [ratio(images.narrow), ratio(images.medium), ratio(images.wide)];
  return `calc(${percent(wide)} + ${below(EMBED_BREAKPOINTS.wide, medium - wide)} + ${below(EMBED_BREAKPOINTS.medium, narrow - medium)} + ${EMBED_SOURCE_HEIGHT}px)`;
}

/** The embed page's height at a width, as the CSS above computes it (and the fallback height attribute). */
export function embedHeightAt(images: Pick<ChartImages, 'narrow' | 'medium' | 'wide'>, width: number): number {
  const image = width >= EMBED_BREAKPOINTS.wide ? images.wide : width >= EMBED_BREAKPOINTS.medium ? images.medium : images.narrow;
  return Math.ceil((width * image.height) / image.width) + EMBED_SOURCE_HEIGHT;
}

/**
 * An iframe in a box whose height follows its width (no script needed), and a
 * script that, where the page keeps it, sets the exact height the chart reports.
 */
export function embedSnippet(chart: SiteChart): string {
  const src = absoluteUrl(routes.embed(chart.spec.id));
  const title = escapeXml(chart.model.title);
  return (
    `<div style="position:relative;width:100%;height:0;padding-bottom:${embedHeightCss(chart.images)}">` +
    `<iframe src="${src}" title="${title}" width="100%" height="${embedHeightAt(chart.images, 360)}" style="position:absolute;top:0;left:0;width:100%;height:100%;border:0" loading="lazy" data-bao-cao-mo="${chart.spec.id}"></iframe></div>\n` +
    `<script>addEventListener("message",function(e){if(e.origin!=="${new URL(src).origin}"||!e.data||e.data.type!=="bao-cao-mo:height")return;document.querySelectorAll('iframe[data-bao-cao-mo="'+e.data.id+'"]').forEach(function(f){f.parentNode.style.paddingBottom=e.data.height+"px"})})</script>`
  );
}

export function chartCitation(chart: SiteChart): string {
  return `${SITE_NAME}, “${chart.model.title}”, biểu đồ từ ${chart.model.sources.join('; ')}. ${absoluteUrl(routes.chart(chart.spec.id))}`;
}
