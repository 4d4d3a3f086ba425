import type { APIRoute } from 'astro';
import { PNG_SIZES, renderPng } from '../../lib/charts/png.ts';
import { siteCharts, type SiteChart } from '../../lib/charts/site-charts.ts';

/** Two PNGs per chart: <id>.png for screens (2×), <id>-in.png for print (300 dpi). */
export function getStaticPaths() {
  return siteCharts().flatMap((chart) =>
    Object.values(PNG_SIZES).map((size) => ({ params: { file: `${chart.spec.id}${size.suffix}` }, props: { chart, width: size.width } })),
  );
}
export const GET: APIRoute = ({ props }) =>
  new Response(new Uint8Array(renderPng((props.chart as SiteChart).rendered.svg, props.width as number)), { headers: { 'Content-Type': 'image/png' } });
