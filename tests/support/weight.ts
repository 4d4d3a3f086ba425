/**
 * What a page costs to load, read from dist/ without a browser: the gzipped
 * HTML, the stylesheets it links, and the scripts it runs with every static
 * import they pull in. Web fonts are left to the Chromium measurement (the
 * browser picks the unicode-range subsets a page's text needs).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, distFile } from './dist.ts';

const gzipped = new Map<string, number>();
function gzipBytes(file: string): number {
  let size = gzipped.get(file);
  if (size === undefined) {
    size = gzipSync(readFileSync(file)).length;
    gzipped.set(file, size);
  }
  return size;
}

const attributes = (html: string, tag: RegExp, attribute: string) =>
  [...html.matchAll(tag)].map((m) => new RegExp(`\\b${attribute}="([^"]+)"`).exec(m[0])?.[1]).filter((v): v is string => v !== undefined);

/** A script and everything it statically imports, as site paths. */
function scriptGraph(src: string, seen = new Set<string>()): Set<string> {
  const file = join(DIST, src);
  if (seen.has(src) || !existsSync(file)) return seen;
  seen.add(src);
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(/(?:^|[;}])\s*import\s*(?:[\w{}*\s,$]+from\s*)?["']([^"']+)["']/g)) {
    scriptGraph(posix.join(posix.dirname(src), m[1]!), seen);
  }
  return seen;
}

export interface PageWeight {
  html: number;
  css: number;
  js: number;
  total: number;
  /** Every same-origin file the page loads on its own (stylesheets, scripts, icons, images). */
  files: string[];
}

export function pageWeight(path: string): PageWeight {
  const htmlFile = distFile(path);
  const html = readFileSync(htmlFile, 'utf8');
  const stylesheets = attributes(html, /<link\b[^>]*rel="stylesheet"[^>]*>/g, 'href');
  const scripts = [...new Set(attributes(html, /<script\b[^>]*\bsrc="[^"]+"[^>]*>/g, 'src').flatMap((src) => [...scriptGraph(src)]))];
  const css = stylesheets.reduce((sum, href) => sum + gzipBytes(join(DIST, href)), 0);
  const js = scripts.reduce((sum, src) => sum + gzipBytes(join(DIST, src)), 0);
  const htmlBytes = gzipBytes(htmlFile);
  return { html: htmlBytes, css, js, total: htmlBytes + css + js, files: [...stylesheets, ...scripts] };
}
