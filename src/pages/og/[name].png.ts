import type { APIRoute } from 'astro';
import { ownPaths } from '../../lib/build/site-shard.ts';
import { renderPngInWorker } from '../../lib/charts/png.ts';
import { siteCharts } from '../../lib/charts/site-charts.ts';
import { siteData } from '../../lib/data/site-data.ts';
import { OG_WIDTH, ogSvg, type OgCard } from '../../lib/og.ts';
import { ogCards } from '../../lib/og-cards.ts';
import { routes } from '../../lib/routes.ts';

export function getStaticPaths() {
  return ownPaths(ogCards(siteData(), siteCharts()), (card) => routes.ogImage(card.name)).map((card) => ({
    params: { name: card.name },
    props: { card },
  }));
}
export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await renderPngInWorker(ogSvg(props.card as OgCard), OG_WIDTH)), {
    headers: { 'Content-Type': 'image/png' },
  });
