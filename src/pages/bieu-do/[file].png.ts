import type { APIRoute } from 'astro';
import { PNG_SIZES, renderPngInWorker } from '../../lib/charts/png.ts';
import type { SiteChart } from '../../lib/charts/site-charts.ts';
import { ownChartPaths } from '../../lib/build/site-shard.ts';

type Size = (typeof PNG_SIZES)[keyof typeof PNG_SIZES];

/** Every PNG of every chart: <id>.png (screen, 1200 px), <id>-in.png (print, 300 dpi), <id>-vuong.png (square), <id>-chia-se.png (sharing card). */
export function getStaticPaths() {
  return ownChartPaths().flatMap(({ params, props }) =>
    Object.values(PNG_SIZES).map((size) => ({ params: { file: `${params.id}${size.suffix}` }, props: { ...props, size } })),
  );
}
export const GET: APIRoute = async ({ props }) => {
  const { chart, size } = props as { chart: SiteChart; size: Size };
  const png = await renderPngInWorker(chart.images[size.image].svg, size.width, 'dpi' in size ? size.dpi : undefined);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
