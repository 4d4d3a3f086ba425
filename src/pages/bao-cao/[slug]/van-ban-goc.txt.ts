import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { SOURCES_DIR } from '../../../lib/data/files.ts';

/** The original text, byte for byte, so readers can check the edition against it. */
export const getStaticPaths = (async () => {
  const reports = await getCollection('reports');
  return reports.map((r) => ({ params: { slug: r.id }, props: { file: r.data.source.file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(readFileSync(resolve(SOURCES_DIR, props.file as string)), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
