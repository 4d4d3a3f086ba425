import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeaders } from '../../../src/lib/hosting/headers.ts';
import { HEADER_SETS, headersFile } from '../../../src/lib/hosting/policy.ts';
import { apacheConfig, caddyConfig, nginxConfig, SERVER_CONFIGS } from '../../../src/lib/hosting/server-configs.ts';

/** Paths of every kind: pages, files beside them, embeds, hashed assets, the search index, a missing page. */
const PATHS = [
  '/',
  '/bao-cao/x/',
  '/bao-cao/x/van-ban-goc.txt',
  '/du-lieu/so-lieu.csv',
  '/nhung/x/',
  '/_astro/Base.abc.css',
  '/pagefind/pagefind.js',
  '/khong-co/',
];
/**
 * What `_headers` gives a path; a path outside every section (a missing page) gets nothing there, since Netlify joins the
 * values of overlapping rules and so no catch-all rule can be written. The servers send it the page headers.
 */
const expected = (path: string) => {
  const headers = headersFor(parseHeaders(headersFile()), path);
  return Object.keys(headers).length ? headers : HEADER_SETS.page;
};

type Block = { match: (path: string) => boolean; specificity: number; headers: Record<string, string> };
const unquote = (value: string) => value.replace(/^"(.*)"$/, '$1').replace(/\\"/g, '"');

/** Which headers each server would send for a path, read back from its configuration text. */
const servers: Record<string, (config: string, path: string) => Record<string, string>> = {
  nginx(config, path) {
    const blocks: Block[] = [...config.matchAll(/^location (\^~ )?(\S+) \{\n([\s\S]*?)^\}/gm)].map(([, , prefix, body]) => ({
      match: (p) => p.startsWith(prefix!),
      specificity: prefix!.length,
      headers: Object.fromEntries(
        [...body!.matchAll(/add_header (\S+) (".*") always;/g)].map(([, name, value]) => [name!, unquote(value!)]),
      ),
    }));
    // nginx takes the longest matching prefix.
    return blocks.filter((b) => b.match(path)).sort((a, b) => b.specificity - a.specificity)[0]!.headers;
  },
  caddy(config, path) {
    const excluded = /^@page not path (.*)$/m
      .exec(config)![1]!
      .split(' ')
      .map((p) => p.slice(0, -1));
    const blocks = [...config.matchAll(/^header (\S+) \{\n([\s\S]*?)^\}/gm)].map(([, matcher, body]) => ({
      match: (p: string) => (matcher === '@page' ? !excluded.some((e) => p.startsWith(e)) : p.startsWith(matcher!.slice(0, -1))),
      headers: Object.fromEntries([...body!.matchAll(/^ {4}(\S+) (".*")$/gm)].map(([, name, value]) => [name!, unquote(value!)])),
    }));
    return Object.assign({}, ...blocks.filter((b) => b.match(path)).map((b) => b.headers));
  },
  apache(config, path) {
    const branches = [...config.matchAll(/<(If|ElseIf|Else)(?: "%\{REQUEST_URI\} =~ m#\^(\S+)#")?>\n([\s\S]*?)<\/\1>/g)].map(
      ([, , prefix, body]) => ({
        match: (p: string) => prefix === undefined || p.startsWith(prefix),
        headers: Object.fromEntries(
          [...body!.matchAll(/Header always set (\S+) (".*")/g)].map(([, name, value]) => [name!, unquote(value!)]),
        ),
      }),
    );
    // The first branch that matches, as <If>/<ElseIf>/<Else> do.
    return branches.find((b) => b.match(path))!.headers;
  },
};
const configs: Record<string, () => string> = { nginx: nginxConfig, caddy: caddyConfig, apache: apacheConfig };

describe('server configurations from the one header definition', () => {
  it.each(Object.keys(servers))('%s sends, for every kind of path, the headers of _headers', (server) => {
    const config = configs[server]!();
    for (const path of PATHS) expect(servers[server]!(config, path), `${server} ${path}`).toEqual(expected(path));
  });

  it.each(Object.entries(SERVER_CONFIGS))('hosting/%s is current (npm run hosting-config)', (name, render) => {
    expect(readFileSync(resolve('hosting', name), 'utf8')).toBe(render());
  });
});
