import { SITE_URL } from '../site.ts';

/** Internal link checking over the built site: every href to a page, file or fragment must resolve. */
export interface PageLinks {
  path: string;
  ids: Set<string>;
  hrefs: string[];
}

export interface BrokenLink {
  from: string;
  href: string;
  reason: string;
}

/** `exists(path)` says whether a non-HTML file is in dist/. */
export function findBrokenLinks(pages: PageLinks[], exists: (path: string) => boolean, origin = SITE_URL): BrokenLink[] {
  const byPath = new Map(pages.map((p) => [p.path, p]));
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    for (const href of page.hrefs) {
      const url = new URL(href, `${origin}${page.path}`);
      if (url.origin !== origin) continue;
      const target = byPath.get(url.pathname) ?? byPath.get(`${url.pathname}/`);
      if (!target && !exists(url.pathname)) {
        broken.push({ from: page.path, href, reason: 'không có trang hoặc tệp này' });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target && !target.ids.has(fragment)) broken.push({ from: page.path, href, reason: `trang không có #${fragment}` });
    }
  }
  return broken;
}
