import type { APIRoute } from 'astro';
import { siteCharts } from '../lib/charts/site-charts.ts';
import { siteData } from '../lib/data/site-data.ts';
import { SITE_URL } from '../lib/site.ts';
import { publicPages, sitemapXml } from '../lib/site-map.ts';

export const GET: APIRoute = () =>
  new Response(sitemapXml(publicPages(siteData(), siteCharts()), SITE_URL), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
