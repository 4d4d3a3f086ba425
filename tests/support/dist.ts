/** Helpers for tests that read the built site in dist/. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseHTML } from 'linkedom';

export const DIST = resolve(process.cwd(), 'dist');

export function assertBuilt(): void {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
}

/** Every HTML page of the site as its URL path ("/bao-cao/x/"). */
export function listPages(root = DIST): string[] {
  const pages: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html')) {
        const path = `/${relative(root, full).replace(/\\/g, '/')}`;
        pages.push(path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path);
      }
    }
  };
  walk(root);
  return pages.sort();
}

/** The file behind a URL path: "/x/" is "/x/index.html". */
export function distFile(path: string): string {
  const pathname = decodeURIComponent(new URL(path, 'http://site').pathname);
  return join(DIST, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
}

const parsed = new Map<string, Document>();

/** A built page as a DOM (linkedom), parsed once per test file. */
export function readPage(path: string): Document {
  const file = distFile(path);
  let doc = parsed.get(file);
  if (!doc) {
    doc = parseHTML(readFileSync(file, 'utf8')).document as unknown as Document;
    parsed.set(file, doc);
  }
  return doc;
}
