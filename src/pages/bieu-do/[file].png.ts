import type { APIRoute } from 'astro';
import { PNG_SIZES, renderPng } from '../../lib/charts/png.ts';
import { chartPaths, type SiteChart } from '../../lib/charts/site-charts.ts';

/** One PNG per size of every chart: <id>.png for screens (2×), <id>-in.png for print (300 dpi). */
export function getStaticPaths() {
  return chartPaths().flatMap(({ params, props }) =>
    Object.values(PNG_SIZES).map((size) => ({ params: { file: `${params.id}${size.suffix}` }, props: { ...props, width: size.width } })),
  );
}
export const GET: APIRoute = ({ props }) =>
  new Response(new Uint8Array(renderPng((props.chart as SiteChart).rendered.svg, props.width as number)), {
    headers: { 'Content-Type': 'image/png' },
  });
