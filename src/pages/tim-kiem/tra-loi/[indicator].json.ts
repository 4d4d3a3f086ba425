/** An indicator's answer for the search page (lib/search/records.ts, indicatorAnswer): fetched when a query names it. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData } from '../../../lib/data/site-data.ts';
import { indicatorAnswer } from '../../../lib/search/records.ts';

export const getStaticPaths: GetStaticPaths = () =>
  [...siteData().observationsByIndicator.keys()].map((indicator) => ({ params: { indicator } }));

export const GET: APIRoute = ({ params }) => {
  const data = siteData();
  return new Response(JSON.stringify(indicatorAnswer(data, data.observationsByIndicator.get(params.indicator!)!)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
