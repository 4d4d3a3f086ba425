import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { OG_HEIGHT, OG_WIDTH } from '../../src/lib/og.ts';
import { darkPixels } from '../support/image.ts';
import { DIST, listPages, readPage } from '../support/dist.ts';
import { useSiteAndBrowser } from '../support/site-session.ts';

const pages = listPages();
const ARTIFACTS = join(process.cwd(), 'test-artifacts', 'screenshots');
const session = useSiteAndBrowser();
beforeAll(() => mkdirSync(ARTIFACTS, { recursive: true }));

/** One page of each type, for screenshots and layout checks. */
const pageTypes = Object.entries({
  'trang-chu': '/',
  'danh-sach-bao-cao': '/bao-cao/',
  'bao-cao': '/bao-cao/nam-tu-liem-giua-nhiem-ky-2023/',
  'dia-ban': '/dia-ban/duc-giang/',
  'so-lieu': '/so-lieu/',
  'chi-tieu': pages.find((p) => /^\/so-lieu\/[^/]+\/$/.test(p)),
  'bieu-do': pages.find((p) => /^\/bieu-do\/[^/]+\/$/.test(p)),
  nhung: pages.find((p) => p.startsWith('/nhung/')),
  'du-lieu': '/du-lieu/',
  'tim-kiem': '/tim-kiem/?q=dang+vien',
  'gioi-thieu': '/gioi-thieu/',
  '404': '/khong-co-trang-nay/',
}).filter((entry): entry is [string, string] => entry[1] !== undefined);

describe('sharing', () => {
  it('publishes an Atom feed with every report', () => {
    const xml = readFileSync(join(DIST, 'bao-cao/feed.xml'), 'utf8');
    const doc = new DOMParser().parseFromString(xml, 'text/xml');
    const entries = [...doc.querySelectorAll('entry')];
    expect(entries).toHaveLength(pages.filter((p) => /^\/bao-cao\/[^/]+\/$/.test(p)).length);
    for (const entry of entries) {
      const href = entry.querySelector('link')!.getAttribute('href')!;
      expect(pages).toContain(new URL(href).pathname);
      expect(entry.querySelector('updated')!.textContent).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    }
  });

  it('lists exactly the public pages in sitemap.xml, and robots.txt points to it', () => {
    const xml = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname).sort();
    expect(locs).toEqual(pages.filter((p) => p !== '/404.html' && !p.startsWith('/nhung/')).sort());
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toContain('Sitemap: https://baocaomo.vn/sitemap.xml');
  });

  it.each(pages.filter((p) => /^\/(bao-cao|so-lieu|bieu-do)\/[^/]+\/$/.test(p)))('%s has a canonical URL and an OG image that exists, has the right size and is not blank', async (path) => {
    const doc = readPage(path);
    expect(doc.querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe(`https://baocaomo.vn${path}`);
    const image = new URL(doc.querySelector('meta[property="og:image"]')!.getAttribute('content')!).pathname;
    const png = readFileSync(join(DIST, image));
    expect(png.readUInt32BE(16)).toBe(OG_WIDTH);
    expect(png.readUInt32BE(20)).toBe(OG_HEIGHT);
    const page = await session.browser.newPage();
    await page.goto(`${session.server.origin}${image}`);
    // Not blank: the card has dark text pixels on white.
    const dark = await darkPixels(page, image);
    await page.close();
    expect(dark).toBeGreaterThan(2000);
  });

  it('describes reports and the dataset with JSON-LD', () => {
    const report = JSON.parse(readPage('/bao-cao/nam-tu-liem-giua-nhiem-ky-2023/').querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(report).toMatchObject({ '@type': 'Report', inLanguage: 'vi', identifier: 'Số 274/BC/QU', datePublished: '2023-04-10' });
    const dataset = JSON.parse(readPage('/du-lieu/').querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(dataset['@type']).toBe('Dataset');
    expect(dataset.distribution.length).toBeGreaterThanOrEqual(4);
  });
});

describe('layout at phone and desktop widths', () => {
  it.each(pageTypes)('%s (%s) has no horizontal overflow at 360 px; screenshots at 360 and 1280 px', async (name, path) => {
    for (const width of [360, 1280]) {
      for (const scheme of ['light', 'dark'] as const) {
        const page = await session.browser.newPage({ viewport: { width, height: 800 }, colorScheme: scheme });
        await page.goto(`${session.server.origin}${path}`, { waitUntil: 'networkidle' });
        if (width === 360 && scheme === 'light') {
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow, `${path} overflows by ${overflow}px at 360px`).toBeLessThanOrEqual(0);
        }
        await page.screenshot({ path: join(ARTIFACTS, `${name}-${width}-${scheme}.png`), fullPage: false });
        await page.close();
      }
    }
  });
});

describe('print', () => {
  const printable = [
    '/bao-cao/nam-tu-liem-giua-nhiem-ky-2023/',
    ...pages.filter((p) => /^\/so-lieu\/[^/]+\/$/.test(p)).slice(0, 1),
    ...pages.filter((p) => /^\/bieu-do\/[^/]+\/$/.test(p)).slice(0, 1),
  ];
  it.each(printable)('%s prints on A4 without navigation, with charts inside the column', async (path) => {
    const page = await session.browser.newPage();
    await page.goto(`${session.server.origin}${path}`, { waitUntil: 'networkidle' });
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.toc').isVisible()).toBe(false);
    const columnWidth = await page.locator('main').evaluate((el) => el.getBoundingClientRect().width);
    for (const svg of await page.locator('svg.chart').all()) {
      expect((await svg.boundingBox())!.width).toBeLessThanOrEqual(columnWidth + 1);
    }
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    const pageCount = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pageCount).toBeGreaterThan(0);
    await page.close();
  });
});
