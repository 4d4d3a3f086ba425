/**
 * Where the project's files live, resolved from the repository root (the cwd
 * of every script). BCM_DATA_DIR and BCM_REPORTS_DIR point a build or a test
 * at other tables and editions (bad-data fixtures, a small reproducible site).
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const DATA_DIR = resolve(process.cwd(), process.env.BCM_DATA_DIR ?? 'data');
export const REPORTS_DIR = resolve(process.cwd(), process.env.BCM_REPORTS_DIR ?? 'content/reports');
/** The original texts, byte for byte, beside the tables they were read into. */
export const SOURCES_DIR = join(DATA_DIR, 'sources');

/** The slugs of the report editions (content/reports/<slug>.mdx), in file order. */
export function reportSlugs(dir = REPORTS_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => f.replace(/\.mdx$/, ''));
}
