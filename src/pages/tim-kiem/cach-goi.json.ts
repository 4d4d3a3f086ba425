import type { APIRoute } from 'astro';
import { siteData } from '../../lib/data/site-data.ts';
import { searchWording } from '../../lib/pages/search-page.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(searchWording(siteData())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
