import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeaders } from '../../src/lib/hosting/headers.ts';
import { findBrokenLinks } from '../../src/lib/hosting/links.ts';
import { DIST, listPages, readPage } from '../support/dist.ts';
import { useSiteAndBrowser } from '../support/site-session.ts';

const require = createRequire(import.meta.url);
const pages = listPages();
const session = useSiteAndBrowser();

describe('HTML validity (Nu Html Checker)', () => {
  it('finds no error on any page', () => {
    const files = pages.map((p) => join(DIST, p.endsWith('/') ? `${p}index.html` : p));
    const result = spawnSync('java', ['-jar', require.resolve('vnu-jar/build/dist/vnu.jar'), '--errors-only', '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (result.error) throw new Error(`vnu needs Java: ${result.error.message}`);
    const messages = (JSON.parse(result.stderr || '{"messages":[]}').messages as { url: string; lastLine: number; message: string; extract?: string }[]).filter((m) => m);
    expect(messages.map((m) => `${m.url.replace(`file:${DIST}`, '')}:${m.lastLine} ${m.message} [${m.extract ?? ''}]`)).toEqual([]);
  });
});

describe('links', () => {
  it('has no broken internal link or anchor, paragraph and footnote anchors included', () => {
    const linkPages = pages.map((path) => {
      const doc = readPage(path);
      return { path, ids: new Set([...doc.querySelectorAll('[id]')].map((el) => el.id)), hrefs: [...doc.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!) };
    });
    const broken = findBrokenLinks(linkPages, (path) => existsSync(join(DIST, decodeURIComponent(path))));
    expect(broken.map((b) => `${b.from} → ${b.href}: ${b.reason}`)).toEqual([]);
  });
});

describe('hosting headers', () => {
  const rules = parseHeaders(readFileSync(join(DIST, '_headers'), 'utf8'));
  it.each(pages)('%s is covered by a CSP that allows framing only for /nhung/', (path) => {
    const headers = headersFor(rules, path);
    expect(headers['Content-Security-Policy']).toBeDefined();
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBeDefined();
    expect(headers['Content-Security-Policy']).toContain(path.startsWith('/nhung/') ? 'frame-ancestors *' : "frame-ancestors 'none'");
  });
});

describe('accessibility (axe-core in Chromium)', () => {
  const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  it.each(pages.filter((p) => p !== '/404.html'))('%s has no serious or critical violation', async (path) => {
    const context = await session.browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${session.server.origin}${path}`, { waitUntil: 'networkidle' });
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      // @ts-expect-error axe is injected above
      const result = await window.axe.run(document, { resultTypes: ['violations'] });
      return (result.violations as { id: string; impact: string; help: string; nodes: { target: string[] }[] }[])
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')})`);
    });
    await context.close();
    expect(violations).toEqual([]);
  });
});

describe('page weight', () => {
  /** Gzipped bytes of everything a page loads, split by kind, measured in Chromium. */
  async function weigh(path: string): Promise<{ js: number; total: number }> {
    const page = await session.browser.newPage();
    const urls: string[] = [];
    page.on('requestfinished', (request) => urls.push(request.url()));
    await page.goto(`${session.server.origin}${path}`, { waitUntil: 'networkidle' });
    await page.close();
    let js = 0;
    let total = 0;
    for (const url of urls) {
      const file = new URL(url).pathname;
      const local = join(DIST, file.endsWith('/') ? `${file}index.html` : file);
      if (!existsSync(local)) continue;
      const size = gzipSync(readFileSync(local)).length;
      total += size;
      if (file.endsWith('.js') || file.endsWith('.wasm')) js += size;
    }
    return { js, total };
  }

  it.each(pages.filter((p) => /^\/bao-cao\/[^/]+\/$/.test(p)))('%s loads at most 20 KB of gzipped JavaScript before search is used', async (path) => {
    expect((await weigh(path)).js).toBeLessThanOrEqual(20 * 1024);
  });

  it.each(pages.filter((p) => p.startsWith('/nhung/')))('%s weighs at most 60 KB gzipped with everything it loads', async (path) => {
    expect((await weigh(path)).total).toBeLessThanOrEqual(60 * 1024);
  });
});
