/**
 * A chart in its narrow layout (320 wide, everything inside), for the search
 * page's answer box on a phone: the wide download (/bieu-do/<id>.svg) shrunk
 * to a phone's width would have half-size text.
 */
import type { APIRoute } from 'astro';
import { chartPaths, type SiteChart } from '../../../lib/charts/site-charts.ts';

export const getStaticPaths = chartPaths;
export const GET: APIRoute = ({ props }) =>
  new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${(props.chart as SiteChart).images.narrow.svg}\n`, {
    headers: { 'Content-Type': 'image/svg+xml' },
  });
