import type { APIRoute } from 'astro';
import { buildTables } from '../../lib/data/export.ts';
import { siteData } from '../../lib/data/site-data.ts';

/** Every table in one JSON file, rows as objects keyed by column name. */
export const GET: APIRoute = () => {
  const tables = Object.fromEntries(buildTables(siteData()).map((t) => [t.name, t.rows]));
  return new Response(JSON.stringify(tables), { headers: { 'Content-Type': 'application/json' } });
};
