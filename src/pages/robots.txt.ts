import type { APIRoute } from 'astro';
import { absoluteUrl, routes } from '../lib/routes.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\nDisallow: ${routes.embeds()}\n\nSitemap: ${absoluteUrl(routes.sitemap())}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
