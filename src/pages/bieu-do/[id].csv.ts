import type { APIRoute } from 'astro';
import { chartCsv } from '../../lib/charts/exports.ts';
import { chartPaths, type SiteChart } from '../../lib/charts/site-charts.ts';

export const getStaticPaths = chartPaths;
export const GET: APIRoute = ({ props }) =>
  new Response(chartCsv(props.chart as SiteChart), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
