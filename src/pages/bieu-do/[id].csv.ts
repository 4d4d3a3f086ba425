import type { APIRoute } from 'astro';
import { chartCsv } from '../../lib/charts/exports.ts';
import { siteCharts, type SiteChart } from '../../lib/charts/site-charts.ts';

export function getStaticPaths() {
  return siteCharts().map((chart) => ({ params: { id: chart.spec.id }, props: { chart } }));
}
export const GET: APIRoute = ({ props }) => new Response(chartCsv(props.chart as SiteChart), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
