import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { reportsFeed } from '../../lib/reports/feed.ts';
import { sortReports } from '../../lib/reports/list.ts';

export const GET: APIRoute = async () => new Response(reportsFeed(sortReports(await getCollection('reports'))), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
