/**
 * Ready-made configuration for servers that do not read `_headers`, from the
 * same definition (policy.ts): an nginx `server` block part, a Caddyfile part
 * and an Apache `.htaccess`. Each sends the page headers everywhere except
 * under /nhung/ (embeds) and /_astro/ (hashed assets), which get theirs: the
 * three kinds never mix, so no server's rules for merging headers matter.
 * `npm run hosting-config` writes them to hosting/ (a test keeps them current).
 */
import { HEADER_SETS, PREFIXES } from './policy.ts';

type HeaderSet = Record<string, string>;
const quoted = (value: string) => `"${value.replace(/"/g, '\\"')}"`;
const NOTE = 'Generated from src/lib/hosting/policy.ts by `npm run hosting-config`; do not edit.';

export function nginxConfig(): string {
  const location = (match: string, headers: HeaderSet) =>
    [
      `location ${match} {`,
      ...Object.entries(headers).map(([name, value]) => `    add_header ${name} ${quoted(value)} always;`),
      '    try_files $uri $uri/ =404;',
      '}',
    ].join('\n');
  return [
    `# ${NOTE}`,
    '# Inside your server { } block, with root pointing at dist/.',
    'error_page 404 /404.html;',
    location('/', HEADER_SETS.page),
    location(`^~ ${PREFIXES.embed}`, HEADER_SETS.embed),
    location(`^~ ${PREFIXES.asset}`, HEADER_SETS.asset),
    '',
  ].join('\n');
}

export function caddyConfig(): string {
  const header = (matcher: string, headers: HeaderSet) =>
    [`header ${matcher} {`, ...Object.entries(headers).map(([name, value]) => `    ${name} ${quoted(value)}`), '}'].join('\n');
  return [
    `# ${NOTE}`,
    '# Inside your site block, with root pointing at dist/.',
    'file_server',
    `@page not path ${PREFIXES.embed}* ${PREFIXES.asset}*`,
    header('@page', HEADER_SETS.page),
    header(`${PREFIXES.embed}*`, HEADER_SETS.embed),
    header(`${PREFIXES.asset}*`, HEADER_SETS.asset),
    'handle_errors {',
    '    rewrite * /404.html',
    '    file_server',
    '}',
    '',
  ].join('\n');
}

export function apacheConfig(): string {
  const set = (headers: HeaderSet) => Object.entries(headers).map(([name, value]) => `    Header always set ${name} ${quoted(value)}`);
  return [
    `# ${NOTE}`,
    "# Copy to dist/.htaccess (needs mod_headers and AllowOverride FileInfo), or put in the site's <Directory>.",
    'ErrorDocument 404 /404.html',
    '<IfModule mod_headers.c>',
    `  <If "%{REQUEST_URI} =~ m#^${PREFIXES.embed}#">`,
    ...set(HEADER_SETS.embed),
    '  </If>',
    `  <ElseIf "%{REQUEST_URI} =~ m#^${PREFIXES.asset}#">`,
    ...set(HEADER_SETS.asset),
    '  </ElseIf>',
    '  <Else>',
    ...set(HEADER_SETS.page),
    '  </Else>',
    '</IfModule>',
    '',
  ].join('\n');
}

/** The files `npm run hosting-config` writes under hosting/. */
export const SERVER_CONFIGS: Record<string, () => string> = {
  'nginx.conf': nginxConfig,
  Caddyfile: caddyConfig,
  'apache.htaccess': apacheConfig,
};
