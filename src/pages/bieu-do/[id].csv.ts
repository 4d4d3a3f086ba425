import type { APIRoute } from 'astro';
import { chartCsv } from '../../lib/charts/exports.ts';
import type { SiteChart } from '../../lib/charts/site-charts.ts';
import { ownChartPaths } from '../../lib/build/site-shard.ts';

export const getStaticPaths = ownChartPaths;
export const GET: APIRoute = ({ props }) =>
  new Response(chartCsv(props.chart as SiteChart), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
