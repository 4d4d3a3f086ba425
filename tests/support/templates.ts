/**
 * The pages a browser must see: one per page template, with the most content
 * that template holds (the largest HTML file of its kind, so the realistic
 * worst case), plus every report page, since each edition is its own layout
 * problem. BCM_EXHAUSTIVE=1 (npm run test:exhaustive) returns every page.
 */
import { statSync } from 'node:fs';
import { distFile, listPages } from './dist.ts';

/** "/bao-cao/x/" and "/bao-cao/y/" share the template "/bao-cao/*\/". */
export function templateOf(path: string): string {
  return path
    .split('/')
    .map((segment, i) => (i >= 2 && segment ? '*' : segment))
    .join('/');
}

const REPORT_TEMPLATE = '/bao-cao/*/';

export function templatePages(pages = listPages(), exhaustive = process.env.BCM_EXHAUSTIVE === '1'): string[] {
  if (exhaustive) return pages;
  const largest = new Map<string, { path: string; size: number }>();
  for (const path of pages) {
    const template = templateOf(path);
    const size = statSync(distFile(path)).size;
    if ((largest.get(template)?.size ?? -1) < size) largest.set(template, { path, size });
  }
  const reports = pages.filter((p) => templateOf(p) === REPORT_TEMPLATE);
  return [...new Set([...[...largest.values()].map((l) => l.path), ...reports])].sort();
}
