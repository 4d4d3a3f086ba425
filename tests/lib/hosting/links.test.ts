import { describe, expect, it } from 'vitest';
import { headersFor, parseHeaders } from '../../../src/lib/hosting/headers.ts';
import { findBrokenLinks } from '../../../src/lib/hosting/links.ts';
import { HASHED_ASSETS, headersFile, SECTIONS } from '../../../src/lib/hosting/policy.ts';

describe('findBrokenLinks', () => {
  const pages = [
    {
      path: '/',
      ids: new Set(['a']),
      hrefs: ['/bao-cao/x/#p-1', '/bao-cao/x/#p-9', '/khong-co/', '#a', 'https://example.org/', '/du-lieu/a.csv'],
    },
    { path: '/bao-cao/x/', ids: new Set(['p-1']), hrefs: [] },
  ];
  it('finds missing pages and missing fragments, ignores other hosts', () => {
    expect(findBrokenLinks(pages, (p) => p === '/du-lieu/a.csv').map((b) => b.href)).toEqual(['/bao-cao/x/#p-9', '/khong-co/']);
  });
});

describe('hosting headers', () => {
  const rules = parseHeaders(headersFile());
  it('allows framing only under /nhung/', () => {
    expect(headersFor(rules, '/nhung/x/')['Content-Security-Policy']).toContain('frame-ancestors *');
    for (const path of ['/', '/bao-cao/x/', '/so-lieu/', '/bieu-do/x/']) {
      expect(headersFor(rules, path)['Content-Security-Policy']).toContain("frame-ancestors 'none'");
      expect(headersFor(rules, path)['X-Frame-Options']).toBe('DENY');
    }
  });
  it('never allows inline scripts', () => {
    for (const rule of rules) expect(rule.headers['Content-Security-Policy'] ?? '').not.toMatch(/unsafe-inline/);
  });
  it('caches the hashed build assets for good, and only them', () => {
    expect(headersFor(rules, '/_astro/Base.abc123.css')).toEqual({
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'public, max-age=31536000, immutable',
    });
    for (const path of ['/', '/bao-cao/x/', '/bao-cao/x/in.css', '/pagefind/pagefind.js', '/favicon.svg'])
      expect(headersFor(rules, path)['Cache-Control']).toBeUndefined();
    expect(SECTIONS).not.toContain(HASHED_ASSETS);
  });
  it('gives each section one rule', () => {
    expect(new Set(SECTIONS).size).toBe(SECTIONS.length);
  });
});
