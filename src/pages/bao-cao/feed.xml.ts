import type { APIRoute } from 'astro';
import { siteData } from '../../lib/data/site-data.ts';
import { reportsFeed } from '../../lib/reports/feed.ts';
import { sortReports } from '../../lib/reports/list.ts';

export const GET: APIRoute = () =>
  new Response(reportsFeed(sortReports(siteData().reports.values())), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
