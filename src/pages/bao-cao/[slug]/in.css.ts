import type { APIRoute } from 'astro';
import { ownPaths } from '../../../lib/build/site-shard.ts';
import { siteData } from '../../../lib/data/site-data.ts';
import { runningTitleCss } from '../../../lib/print.ts';
import { routes } from '../../../lib/routes.ts';

export function getStaticPaths() {
  return ownPaths([...siteData().reports.values()], (r) => routes.report(r.slug)).map((r) => ({
    params: { slug: r.slug },
    props: { title: r.meta.shortTitle },
  }));
}
export const GET: APIRoute = ({ params, props }) =>
  new Response(runningTitleCss(props.title as string, routes.report(params.slug!)), {
    headers: { 'Content-Type': 'text/css; charset=utf-8' },
  });
