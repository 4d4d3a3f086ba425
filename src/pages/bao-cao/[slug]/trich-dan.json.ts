import type { APIRoute, GetStaticPaths } from 'astro';
import { ownPaths } from '../../../lib/build/site-shard.ts';
import { siteData } from '../../../lib/data/site-data.ts';
import { reportFigureCitations } from '../../../lib/pages/report-page.ts';
import { routes } from '../../../lib/routes.ts';

/** Each figure's ready citation, by observation id: fetched only when a reader copies one on the report page. */
export const getStaticPaths = (() =>
  ownPaths([...siteData().reports.keys()], (slug) => routes.report(slug)).map((slug) => ({ params: { slug } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(reportFigureCitations(siteData(), params.slug!)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
