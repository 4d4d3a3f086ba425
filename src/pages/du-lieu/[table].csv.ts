import type { APIRoute } from 'astro';
import { buildTables, toCsv, type Table } from '../../lib/data/export.ts';
import { siteData } from '../../lib/data/site-data.ts';

export function getStaticPaths() {
  return buildTables(siteData()).map((table) => ({ params: { table: table.name }, props: { table } }));
}

export const GET: APIRoute = ({ props }) =>
  new Response(toCsv(props.table as Table), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
