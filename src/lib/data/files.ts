/** Where the project's files live, resolved from the repository root (the cwd of every script). */
import { resolve } from 'node:path';

export const SOURCES_DIR = resolve(process.cwd(), 'data/sources');
export const REPORTS_DIR = resolve(process.cwd(), 'content/reports');
