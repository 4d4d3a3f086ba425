/**
 * A report whose every frontmatter field is an attack, built in a throwaway
 * copy of the project (one report, the real catalogue and areas): each text
 * that reaches a page tries to close the element it is written in (a
 * <script>, an attribute, a JSON string) and open markup of its own. The
 * built pages must show the words and run nothing: no script but the site's
 * own files and JSON, no event handler, no refresh, no injected element; in
 * Chromium no script runs. A hostile report body is refused by the build
 * (tests/site/build-refuses-bad-reports.test.ts).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { listPages } from '../support/dist.ts';
import { copyProject } from '../support/project-copy.ts';
import { serveDist } from '../support/static-server.ts';
import { useTempDirs } from '../support/temp.ts';

const SLUG = 'bao-cao-doc-hai';
/** Breaks out of a script element, a double- and a single-quoted attribute, a JSON string and an HTML comment. */
const ATTACK = `</script><script>alert(1)</script><img src=x onerror=alert(1)><meta http-equiv="refresh" content="0;url=https://example.com/">"' onfocus=alert(1) autofocus x="\\"--><svg onload=alert(1)>`;
const field = (name: string) => `${name} ${ATTACK}`;

/** Every text field of reportSchema (src/lib/reports/schema.ts); the ids and dates are held to patterns. */
const FRONTMATTER = {
  title: field('title'),
  shortTitle: field('shortTitle'),
  summary: field('summary'),
  documentType: 'bao-cao',
  issuer: field('issuer'),
  issuerPrinted: [field('issuerPrinted')],
  motto: field('motto'),
  documentNumber: field('documentNumber'),
  datePrinted: field('datePrinted'),
  date: '2024-05',
  kindPrinted: field('kindPrinted'),
  subtitle: field('subtitle'),
  outlet: field('outlet'),
  author: field('author'),
  bylinePrinted: field('bylinePrinted'),
  areas: ['nam-tu-liem'],
  period: { start: '2023', end: '2024', label: field('period.label') },
  draft: false,
  source: { file: `${SLUG}.txt`, originalName: field('source.originalName') },
  omitted: [{ text: field('omitted.text'), reason: field('omitted.reason') }],
  editorialNotes: [field('editorialNotes')],
};
const BODY = [
  '## Phần một',
  '',
  'Chữ của văn bản có \\<script>alert(1)\\</script> và \\{process.env.HOME\\} viết thành chữ.[^1]',
  '',
  '[^1]: Chú thích.',
  '',
].join('\n');

const tempDir = useTempDirs();
let dist = '';

beforeAll(() => {
  const dir = copyProject(process.cwd(), tempDir('bcm-hostile-'), { data: true });
  // One report: the tables that name the real reports' figures keep only their headers.
  for (const table of ['observations.csv', 'charts.csv', 'coverage-exclusions.csv']) {
    const file = join(dir, 'data', table);
    writeFileSync(file, `${readFileSync(file, 'utf8').split('\n')[0]}\n`);
  }
  for (const source of readdirSync(join(dir, 'data/sources'))) writeFileSync(join(dir, 'data/sources', source), '');
  writeFileSync(join(dir, 'data/sources', `${SLUG}.txt`), 'Phần một\nChữ của văn bản.\n');
  // JSON is YAML: every value is written as a double-quoted YAML string, exactly.
  const yaml = Object.entries(FRONTMATTER)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
    .join('\n');
  writeFileSync(join(dir, 'content/reports', `${SLUG}.mdx`), `---\n${yaml}\n---\n\n${BODY}`);
  execFileSync(process.execPath, [join(dir, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  dist = join(dir, 'dist');
}, 240_000);

const page = (path: string) => parseHTML(readFileSync(join(dist, path, path.endsWith('/') ? 'index.html' : ''), 'utf8')).document;

describe('a report with hostile frontmatter, built', () => {
  it('prints the fields as words on the report page, the summary in its description', () => {
    const document = page(`/bao-cao/${SLUG}/`);
    expect(document.querySelector('meta[name="description"]')!.getAttribute('content')).toBe(field('summary'));
    const text = document.body.textContent!;
    for (const name of ['title', 'issuer', 'issuerPrinted', 'motto', 'documentNumber', 'datePrinted', 'subtitle', 'editorialNotes']) {
      expect(text).toContain(field(name));
    }
    expect(text).toContain('<script>alert(1)</script> và {process.env.HOME} viết thành chữ');
  });

  it('keeps the fields inside the JSON-LD, which parses to them', () => {
    const script = page(`/bao-cao/${SLUG}/`).querySelector('script[type="application/ld+json"]')!;
    expect(script.textContent).not.toMatch(/<\/script|<!--/i);
    expect(JSON.stringify(JSON.parse(script.textContent!))).toContain(JSON.stringify(field('title')).slice(1, -1));
  });

  it('runs nothing on any page: only the site’s script files and JSON, no handlers, no refresh, no injected element', () => {
    const pages = listPages(dist);
    expect(pages).toContain(`/bao-cao/${SLUG}/`);
    for (const path of pages) {
      const document = page(path);
      for (const script of document.querySelectorAll('script')) {
        const src = script.getAttribute('src');
        if (src) expect(src, path).toMatch(/^\/_astro\/[\w.-]+\.js$/);
        else {
          expect(['application/ld+json', 'application/json'], path).toContain(script.getAttribute('type'));
          expect(() => JSON.parse(script.textContent!), path).not.toThrow();
        }
      }
      for (const element of document.querySelectorAll('*')) {
        const handlers = [...element.attributes].map((a) => a.name).filter((name) => /^on/i.test(name) || name === 'autofocus');
        expect(handlers, `${path} <${element.localName}>`).toEqual([]);
      }
      expect(document.querySelector('meta[http-equiv="refresh" i], img[src="x"], svg[onload]'), path).toBeNull();
    }
  });

  it('writes the feed as XML that holds the words, not markup', () => {
    const feed = readFileSync(join(dist, 'bao-cao/feed.xml'), 'utf8');
    const { document } = parseHTML(feed.replace(/^<\?xml[^>]*>/, ''));
    expect(document.querySelector('script, img, meta, svg')).toBeNull();
    expect(feed).not.toContain('<script>');
  });

  describe('in Chromium', () => {
    let server: Awaited<ReturnType<typeof serveDist>>;
    beforeAll(async () => {
      server = await serveDist(dist);
    });
    afterAll(() => server.close());

    it('runs no script of the report’s and goes nowhere', async () => {
      const browser = await launchChromium();
      try {
        const tab = await browser.newPage();
        const dialogs: string[] = [];
        tab.on('dialog', (dialog) => {
          dialogs.push(dialog.message());
          void dialog.dismiss();
        });
        for (const path of [`/bao-cao/${SLUG}/`, '/bao-cao/', '/']) {
          await tab.goto(`${server.origin}${path}`, { waitUntil: 'load' });
          await tab.waitForTimeout(300);
          expect(new URL(tab.url()).origin).toBe(server.origin);
        }
        // Search results are written by a script: the report's words arrive as text there too.
        await tab.goto(`${server.origin}/tim-kiem/?q=${encodeURIComponent('Phần một')}`, { waitUntil: 'load' });
        await tab.waitForSelector('[data-search-results] li', { timeout: 20_000 });
        expect(await tab.locator('[data-search-results] li').count()).toBeGreaterThan(0);
        expect(
          await tab.evaluate(
            () => document.querySelectorAll('img[src="x"], svg[onload], [onerror], [onfocus], script:not([src]):not([type])').length,
          ),
        ).toBe(0);
        expect(dialogs).toEqual([]);
      } finally {
        await browser.close();
      }
    });
  });
});
