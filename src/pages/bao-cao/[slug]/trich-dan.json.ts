import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData } from '../../../lib/data/site-data.ts';
import { reportFigureCitations } from '../../../lib/pages/report-page.ts';

/** Each figure's ready citation, by observation id: fetched only when a reader copies one on the report page. */
export const getStaticPaths = (() => [...siteData().reports.keys()].map((slug) => ({ params: { slug } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(reportFigureCitations(siteData(), params.slug!)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
