/**
 * Every built page, checked in Node (no browser needed for these): structure,
 * links and anchors, hosting headers, what it loads and from where, its weight,
 * sharing metadata and images. The browser checks one page per template
 * (browser.test.ts); what a DOM parser can see is checked here on all of them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { areaLabel, hasAreaPage } from '../../src/lib/data/areas.ts';
import { formatPartialDate } from '../../src/lib/numbers/format.ts';
import { reportSlugs } from '../../src/lib/data/files.ts';
import { siteData } from '../../src/lib/data/site-data.ts';
import { headersFor, parseHeaders } from '../../src/lib/hosting/headers.ts';
import { findBrokenLinks } from '../../src/lib/hosting/links.ts';
import { renderPng } from '../../src/lib/charts/png.ts';
import { OG_HEIGHT, OG_WIDTH, ogSvg } from '../../src/lib/og.ts';
import { absoluteUrl, routes } from '../../src/lib/routes.ts';
import { SITE_NAME, SITE_URL } from '../../src/lib/site.ts';
import { assertBuilt, DIST, distFile, listPages, readPage } from '../support/dist.ts';
import { pngSize } from '../support/image.ts';
import { pageWeight } from '../support/weight.ts';

beforeAll(assertBuilt);
const pages = listPages();
const slugs = reportSlugs();
/** Collect failures over all pages and show them together: one readable list instead of hundreds of tests. */
const failuresOver = (paths: string[], check: (path: string) => string[]) =>
  paths.flatMap((path) => check(path).map((problem) => `${path}: ${problem}`));

describe('the built site', () => {
  it('has a page for every report, area, indicator with figures, chart and section', () => {
    const data = siteData();
    const expected = [
      routes.home(),
      routes.reports(),
      ...slugs.map((slug) => routes.report(slug)),
      routes.areas(),
      ...data.areas.filter(hasAreaPage).map((a) => routes.area(a.id)),
      routes.indicators(),
      routes.charts(),
      routes.data(),
      routes.search(),
      routes.about(),
    ];
    expect(pages).toEqual(expect.arrayContaining(expected));
    expect(pages.filter((p) => /^\/bao-cao\/[^/]+\/$/.test(p))).toHaveLength(slugs.length);
  });

  it('gives every page lang="vi", a title and exactly one h1', () => {
    const problems = failuresOver(pages, (path) => {
      const doc = readPage(path);
      return [
        doc.documentElement.getAttribute('lang') !== 'vi' && 'lang is not vi',
        !doc.querySelector('title')?.textContent?.trim() && 'no title',
        doc.querySelectorAll('h1').length !== 1 && `${doc.querySelectorAll('h1').length} h1`,
      ].filter((p): p is string => typeof p === 'string');
    });
    expect(problems).toEqual([]);
  });

  it('loads nothing from another host: scripts, styles, fonts, images and frames are the site’s own', () => {
    const external = (url: string) => /^(https?:)?\/\//.test(url) && !url.startsWith(SITE_URL);
    const problems = failuresOver(pages, (path) => {
      const doc = readPage(path);
      const loaded = [
        ...[...doc.querySelectorAll('script[src], img[src], iframe[src], source[src], audio[src], video[src]')].map((el) =>
          el.getAttribute('src')!,
        ),
        ...[...doc.querySelectorAll('link[href]')]
          .filter((l) => !['canonical', 'alternate'].includes(l.getAttribute('rel') ?? ''))
          .map((l) => l.getAttribute('href')!),
      ];
      return loaded.filter(external).map((url) => `loads ${url}`);
    });
    const css = readdirSync(join(DIST, '_astro')).filter((f) => f.endsWith('.css'));
    for (const file of css) {
      const urls = [...readFileSync(join(DIST, '_astro', file), 'utf8').matchAll(/url\(\s*["']?([^"')]+)/g)].map((m) => m[1]!);
      problems.push(...urls.filter(external).map((url) => `/_astro/${file}: loads ${url}`));
    }
    expect(problems).toEqual([]);
  });

  it('has no broken internal link or anchor, paragraph and footnote anchors included', () => {
    const linkPages = pages.map((path) => {
      const doc = readPage(path);
      return {
        path,
        ids: new Set([...doc.querySelectorAll('[id]')].map((el) => el.id)),
        hrefs: [...doc.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!),
      };
    });
    const broken = findBrokenLinks(linkPages, (path) => existsSync(join(DIST, decodeURIComponent(path))));
    expect(broken.map((b) => `${b.from} → ${b.href}: ${b.reason}`)).toEqual([]);
  });

  it('covers every page with a CSP and lets only /nhung/ be framed', () => {
    const rules = parseHeaders(readFileSync(join(DIST, '_headers'), 'utf8'));
    const problems = failuresOver(pages, (path) => {
      const headers = headersFor(rules, path);
      const frame = path.startsWith(routes.embeds()) ? 'frame-ancestors *' : "frame-ancestors 'none'";
      return [
        !headers['Content-Security-Policy']?.includes(frame) && `CSP lacks ${frame}`,
        headers['X-Content-Type-Options'] !== 'nosniff' && 'no nosniff',
        !headers['Referrer-Policy'] && 'no Referrer-Policy',
      ].filter((p): p is string => typeof p === 'string');
    });
    expect(problems).toEqual([]);
  });
});

describe('page weight (gzipped HTML, CSS and JavaScript each page loads)', () => {
  it('keeps report pages at or under 20 KB of JavaScript before search is used', () => {
    const reports = pages.filter((p) => /^\/bao-cao\/[^/]+\/$/.test(p));
    expect(failuresOver(reports, (path) => (pageWeight(path).js > 20 * 1024 ? [`${pageWeight(path).js} B of JavaScript`] : []))).toEqual(
      [],
    );
  });

  it('keeps every embed at or under 60 KB with everything it loads', () => {
    const embeds = pages.filter((p) => p.startsWith(routes.embeds()));
    expect(embeds.length).toBeGreaterThan(0);
    expect(failuresOver(embeds, (path) => (pageWeight(path).total > 60 * 1024 ? [`${pageWeight(path).total} B`] : []))).toEqual([]);
  });

  it('loads search code only on the search page', () => {
    const others = pages.filter((p) => p !== routes.search());
    const problems = failuresOver(others, (path) =>
      pageWeight(path).files.filter((f) => f.endsWith('.js') && readFileSync(join(DIST, f), 'utf8').includes('pagefind')),
    );
    expect(problems).toEqual([]);
  });
});

describe('sharing', () => {
  it('publishes an Atom feed with every report', () => {
    const doc = new DOMParser().parseFromString(readFileSync(distFile(routes.reportsFeed()), 'utf8'), 'text/xml');
    const entries = [...doc.querySelectorAll('entry')];
    expect(entries).toHaveLength(slugs.length);
    for (const entry of entries) {
      expect(pages).toContain(new URL(entry.querySelector('link')!.getAttribute('href')!).pathname);
      expect(entry.querySelector('updated')!.textContent).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    }
  });

  it('lists exactly the public pages in sitemap.xml, and robots.txt points to it', () => {
    const xml = readFileSync(distFile(routes.sitemap()), 'utf8');
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname).sort();
    expect(locs).toEqual(pages.filter((p) => p !== '/404.html' && !p.startsWith(routes.embeds())).sort());
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${absoluteUrl(routes.sitemap())}`);
  });

  it('gives every page a preview: a title naming the page and the site, and an image of the right size that is not blank', () => {
    const emptyCard = renderPng(ogSvg({ name: 'trong', kicker: '', title: '', detail: '' }), OG_WIDTH).length;
    const previewed = pages.filter((p) => !p.startsWith(routes.embeds()));
    const problems = failuresOver(previewed, (path) => {
      const doc = readPage(path);
      const title = doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '';
      const image = doc.querySelector('meta[property="og:image"]')?.getAttribute('content');
      if (!image) return ['no og:image'];
      const file = distFile(new URL(image).pathname);
      if (!existsSync(file)) return [`og:image ${image} missing`];
      const png = readFileSync(file);
      const { width, height } = pngSize(png);
      return [
        !title.includes(SITE_NAME) && `og:title “${title}” does not name the site`,
        title.trim() === SITE_NAME && 'og:title names only the site',
        (width !== OG_WIDTH || height !== OG_HEIGHT) && `og:image is ${width}×${height}`,
        // Text is what makes a card weigh: one with no title or detail is the floor.
        png.length < emptyCard * 1.2 && `og:image is ${png.length} B, an empty card is ${emptyCard} B: blank?`,
      ].filter((p): p is string => typeof p === 'string');
    });
    expect(problems).toEqual([]);
  });

  it('gives report, indicator and chart pages their canonical URL', () => {
    const shared = pages.filter((p) => /^\/(bao-cao|so-lieu|bieu-do)\/[^/]+\/$/.test(p));
    expect(
      failuresOver(shared, (path) =>
        readPage(path).querySelector('link[rel="canonical"]')?.getAttribute('href') === absoluteUrl(path) ? [] : ['wrong canonical'],
      ),
    ).toEqual([]);
  });

  it('describes reports and the dataset with JSON-LD', () => {
    const report = JSON.parse(
      readPage(routes.report('nam-tu-liem-giua-nhiem-ky-2023')).querySelector('script[type="application/ld+json"]')!.textContent!,
    );
    expect(report).toMatchObject({ '@type': 'Report', inLanguage: 'vi', identifier: 'Số 274/BC/QU', datePublished: '2023-04-10' });
    const dataset = JSON.parse(readPage(routes.data()).querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(dataset['@type']).toBe('Dataset');
    expect(dataset.distribution.length).toBeGreaterThanOrEqual(4);
  });
});

describe('reading on a phone (what the HTML decides)', () => {
  const reportPages = slugs.map((slug) => routes.report(slug));

  it('shows at least three key figures on every area page, each linked to its observation', () => {
    const areas = pages.filter((p) => /^\/dia-ban\/[^/]+\/$/.test(p));
    expect(areas.length).toBeGreaterThan(0);
    const problems = failuresOver(areas, (path) => {
      const links = [...readPage(path).querySelectorAll('.key-figures a.figure-value')].map((a) => a.getAttribute('href')!);
      const linked = links.filter((href) => /^\/so-lieu\/[^/]+\/#[a-z]+-\d+$/.test(href));
      return linked.length < 3 ? [`${linked.length} key figures linked to observations`] : [];
    });
    expect(problems).toEqual([]);
  });

  it('says, on every page and embed that names a district, that it ended as an administrative unit', () => {
    const ended = siteData().areas.filter((a) => a.valid_to);
    expect(ended.length).toBeGreaterThan(0);
    const problems = failuresOver(pages, (path) => {
      const text = (readPage(path).body?.textContent ?? '').replace(/\s+/g, ' ').toLocaleLowerCase('vi');
      return ended
        .filter((a) => text.includes(a.name.toLocaleLowerCase('vi')) && !text.includes(`đến hết ${formatPartialDate(a.valid_to)}`))
        .map((a) => `names ${areaLabel(a)} without saying it was an administrative unit until ${a.valid_to}`);
    });
    expect(problems).toEqual([]);
  });

  it('never shows an area heading with nothing under it on the home page', () => {
    const sections = [...readPage(routes.home()).querySelectorAll('.area-headlines')];
    expect(sections.length).toBeGreaterThan(0);
    for (const section of sections) {
      expect(section.querySelectorAll('.key-figures li').length, section.querySelector('h3')?.textContent ?? '').toBeGreaterThan(0);
    }
  });

  it('sets citations in the text font, never as code', () => {
    const problems = failuresOver(pages, (path) =>
      [...readPage(path).querySelectorAll('.citation code, .citation pre, .cite code, .citations code, blockquote code')].map(
        (el) => `code in a citation: ${el.textContent?.slice(0, 40)}`,
      ),
    );
    expect(problems).toEqual([]);
  });

  it('keeps every ¶ on the line of its paragraph’s last word', () => {
    const problems = failuresOver(reportPages, (path) =>
      [...readPage(path).querySelectorAll('.permalink')]
        .filter((link) => !(link.previousSibling?.nodeType === 3 && link.previousSibling.textContent!.endsWith('\u00a0')))
        .map((link) => `${link.getAttribute('href')}: ¶ can break away from the text`),
    );
    expect(problems).toEqual([]);
  });

  it('never breaks a year range such as 2020-2025 across lines in a report', () => {
    const range = /(?:19|20)\d{2}\s?[-–]\s?(?:19|20)?\d{2}(?!\d)/;
    const problems = failuresOver(reportPages, (path) => {
      const doc = readPage(path);
      const walker = doc.createTreeWalker(doc.querySelector('.report-text')!, 4);
      const loose: string[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (range.test(node.textContent!) && !node.parentElement?.closest('.nowrap')) loose.push(node.textContent!.match(range)![0]);
      }
      return loose.map((text) => `“${text}” may break`);
    });
    expect(problems).toEqual([]);
  });

  it('has a table of contents exactly when a report has headings', () => {
    const problems = failuresOver(reportPages, (path) => {
      const doc = readPage(path);
      const headings = doc.querySelectorAll(
        '.report-text h2:not(#footnote-label), .report-text h3, .report-text h4, .report-text h5, .report-text h6',
      ).length;
      const toc = doc.querySelector('.toc');
      return [headings > 0 && !toc && 'headings but no contents', headings === 0 && toc && 'contents without headings'].filter(
        (p): p is string => typeof p === 'string',
      );
    });
    expect(problems).toEqual([]);
  });

  it('prints a report with its name and address as the running title', () => {
    for (const slug of slugs) {
      const link = readPage(routes.report(slug)).querySelector('link[rel="stylesheet"][media="print"]');
      expect(link?.getAttribute('href'), slug).toBe(routes.reportPrintCss(slug));
      const css = readFileSync(distFile(routes.reportPrintCss(slug)), 'utf8');
      expect(css).toContain('@top-left');
      expect(css).toContain(`baocaomo.vn${routes.report(slug)}`);
    }
  });
});
