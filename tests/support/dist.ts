/** Helpers for tests that read the built site in dist/. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseHTML } from 'linkedom';

export const DIST = resolve(process.cwd(), 'dist');

export function assertBuilt(): void {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
}

/** Every HTML page of the site as its URL path ("/bao-cao/x/"). */
export function listPages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html')) {
        const path = `/${relative(DIST, full).replace(/\\/g, '/')}`;
        pages.push(path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path);
      }
    }
  };
  walk(DIST);
  return pages.sort();
}

export function readPage(path: string): Document {
  const file = path.endsWith('/') ? join(DIST, path, 'index.html') : join(DIST, path);
  return parseHTML(readFileSync(file, 'utf8')).document as unknown as Document;
}
