/**
 * The pages a browser must see: one per page template, with the most content
 * that template holds (the largest HTML file of its kind, so the realistic
 * worst case), plus every report page, since each edition is its own layout
 * problem. BCM_EXHAUSTIVE=1 (npm run test:exhaustive) returns every page.
 */
import { statSync } from 'node:fs';
import { routes } from '../../src/lib/routes.ts';
import { distFile, listPages } from './dist.ts';

/** "/bao-cao/x/" and "/bao-cao/y/" share the template "/bao-cao/*\/". */
export function templateOf(path: string): string {
  return path
    .split('/')
    .map((segment, i) => (i >= 2 && segment ? '*' : segment))
    .join('/');
}

const REPORT_TEMPLATE = '/bao-cao/*/';

/** For each template, its page with the most content (the largest HTML file of its kind). */
export function templateRepresentatives(pages = listPages()): Map<string, string> {
  const largest = new Map<string, { path: string; size: number }>();
  for (const path of pages) {
    const template = templateOf(path);
    const size = statSync(distFile(path)).size;
    if ((largest.get(template)?.size ?? -1) < size) largest.set(template, { path, size });
  }
  return new Map([...largest].map(([template, { path }]) => [template, path]));
}

export function templatePages(pages = listPages(), exhaustive = process.env.BCM_EXHAUSTIVE === '1'): string[] {
  if (exhaustive) return pages;
  const reports = pages.filter((p) => templateOf(p) === REPORT_TEMPLATE);
  return [...new Set([...templateRepresentatives(pages).values(), ...reports])].sort();
}

/** The address a browser opens for a page: the search page with a query, as readers arrive at it; the 404 page at an address that does not exist. */
export function browserPath(path: string): string {
  return path === routes.search() ? routes.search('dang vien') : path === '/404.html' ? '/khong-co-trang-nay/' : path;
}

/** A file name for a page or template ("/bao-cao/*\/" is "bao-cao-x", the home page "trang-chu"). */
export function screenshotName(path: string): string {
  return (
    path
      .replace(/\*/g, 'x')
      .replace(/[/?=&+.]+/g, '-')
      .replace(/^-|-$/g, '') || 'trang-chu'
  );
}
