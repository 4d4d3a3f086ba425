import type { APIRoute } from 'astro';
import { siteCharts, type SiteChart } from '../../lib/charts/site-charts.ts';

export function getStaticPaths() {
  return siteCharts().map((chart) => ({ params: { id: chart.spec.id }, props: { chart } }));
}
export const GET: APIRoute = ({ props }) =>
  new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${(props.chart as SiteChart).rendered.svg}\n`, { headers: { 'Content-Type': 'image/svg+xml' } });
