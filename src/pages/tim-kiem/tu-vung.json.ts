import type { APIRoute } from 'astro';
import { siteData } from '../../lib/data/site-data.ts';
import { searchVocabulary } from '../../lib/search/records.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(searchVocabulary(siteData())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
