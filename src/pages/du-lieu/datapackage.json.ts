import type { APIRoute } from 'astro';
import { buildTables, datapackage } from '../../lib/data/export.ts';
import { siteData } from '../../lib/data/site-data.ts';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(datapackage(buildTables(siteData())), null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
