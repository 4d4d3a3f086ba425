import type { APIRoute } from 'astro';
import type { SiteChart } from '../../lib/charts/site-charts.ts';
import { ownChartPaths } from '../../lib/build/site-shard.ts';

export const getStaticPaths = ownChartPaths;
export const GET: APIRoute = ({ props }) =>
  new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${(props.chart as SiteChart).images.wide.svg}\n`, {
    headers: { 'Content-Type': 'image/svg+xml' },
  });
