/**
 * Hosting headers in the `_headers` format read by static hosts (Netlify,
 * Cloudflare Pages): a path pattern line, then indented "Name: value" lines.
 * The test server applies the same file, so browser tests run under the CSP
 * the site ships with.
 */
export interface HeaderRule {
  pattern: string;
  headers: Record<string, string>;
}

export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
      continue;
    }
    const rule = rules.at(-1);
    const match = /^\s+([A-Za-z-]+):\s*(.*)$/.exec(line);
    if (!rule || !match) throw new Error(`_headers: dòng không hiểu được: "${line}"`);
    rule.headers[match[1]!] = match[2]!;
  }
  return rules;
}

/** "/bao-cao/*" matches "/bao-cao/" and below; "/" matches only the home page. */
export function matches(pattern: string, path: string): boolean {
  if (pattern.endsWith('*')) return path.startsWith(pattern.slice(0, -1));
  return path === pattern;
}

export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  return Object.assign({}, ...rules.filter((r) => matches(r.pattern, path)).map((r) => r.headers));
}
