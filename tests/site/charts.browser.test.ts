import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PNG_SIZES, renderPng } from '../../src/lib/charts/png.ts';
import { darkPixels } from '../support/image.ts';
import { launchChromium } from '../support/browser.ts';
import { siteCharts } from '../../src/lib/charts/site-charts.ts';
import { siteData } from '../../src/lib/data/site-data.ts';
import { assertBuilt, listPages, readPage } from '../support/dist.ts';
import { serveDist, type RunningServer } from '../support/static-server.ts';

let site: RunningServer;
let host: RunningServer;
let browser: Browser;
const chartIds = listPages().filter((p) => /^\/bieu-do\/[^/]+\/$/.test(p)).map((p) => p.split('/')[2]!);

beforeAll(async () => {
  assertBuilt();
  site = await serveDist();
  browser = await launchChromium();
  // A bulletin page on another origin that pastes the embed snippet.
  const hostDir = mkdtempSync(join(tmpdir(), 'bcm-host-'));
  // The snippet as a reader copies it from the chart page's text box.
  const chartPage = await browser.newPage();
  await chartPage.goto(`${site.origin}/bieu-do/${chartIds[0]}/`);
  const snippet = (await chartPage.inputValue('#ma-nhung')).replaceAll('https://baocaomo.vn', site.origin);
  await chartPage.close();
  writeFileSync(join(hostDir, 'index.html'), `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Bản tin</title></head><body><h1>Bản tin</h1><div style="width:360px">${snippet}</div></body></html>`);
  host = await serveDist(hostDir);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await host?.close();
});

describe('charts', () => {
  it('has at least 12 charts', () => expect(chartIds.length).toBeGreaterThanOrEqual(12));

  it('shows each chart on the pages of its areas and of its indicators', () => {
    const data = siteData();
    for (const chart of siteCharts()) {
      const observations = chart.model.data.map((d) => data.observationById.get(d.observationId)!);
      const pages = new Set([...observations.map((o) => `/dia-ban/${o.area}/`), ...observations.map((o) => `/so-lieu/${o.indicator}/`)]);
      for (const page of pages) expect(readPage(page).querySelector(`#bieu-do-${chart.spec.id} svg.chart`), `${chart.spec.id} on ${page}`).not.toBeNull();
    }
  });

  it.each(chartIds)('%s: SVG is in the HTML with its anatomy, readable with JavaScript off', async (id) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/bieu-do/${id}/`);
    const svg = page.locator('figure svg.chart');
    await expect(svg.getAttribute('role')).resolves.toBe('img');
    const text = await svg.textContent();
    expect(text).toContain('Nguồn:');
    expect(text).toContain('Báo cáo mở');
    expect(await svg.locator('title').count()).toBeGreaterThan(0);
    expect(await svg.locator('desc').count()).toBe(1);
    expect(await page.locator('.chart-data table tbody tr').count()).toBeGreaterThanOrEqual(2);
    await context.close();
  });

  it.each(chartIds)('%s: every download is a real file of the right kind and size', async (id) => {
    const get = async (path: string) => {
      const response = await fetch(`${site.origin}${path}`);
      expect(response.status, path).toBe(200);
      return Buffer.from(await response.arrayBuffer());
    };
    const svg = (await get(`/bieu-do/${id}.svg`)).toString('utf8');
    expect(svg).toMatch(/^<\?xml[\s\S]*<svg[^>]+role="img"/);
    const page = await browser.newPage();
    await page.goto(`${site.origin}/bieu-do/${id}/`);
    for (const size of Object.values(PNG_SIZES)) {
      const path = `/bieu-do/${id}${size.suffix}.png`;
      const png = await get(path);
      expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      expect(png.readUInt32BE(16), 'width').toBe(size.width);
      // Not blank: title, labels and notes leave thousands of dark pixels.
      expect(await darkPixels(page, path), `${path} dark pixels`).toBeGreaterThan(5000);
    }
    await page.close();
    const csv = (await get(`/bieu-do/${id}.csv`)).toString('utf8');
    expect(csv.startsWith('\uFEFFnhan,ky,gia_tri')).toBe(true);
  });

  it('renders Vietnamese glyphs in the PNG (not tofu) with the shipped font', async () => {
    // resvg draws nothing for a glyph its fonts lack (no box), so ink proves the glyphs are there.
    const page = await browser.newPage();
    const ink = (text: string) => {
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="40"><rect width="300" height="40" fill="#fff"/><text x="4" y="28" font-size="24">${text}</text></svg>`;
      return darkPixels(page, `data:image/png;base64,${renderPng(svg, 300).toString('base64')}`);
    };
    expect(await ink('Đảng viên Đức Giang ưỡ')).toBeGreaterThan(500);
    expect(await ink('\u{E000}\u{E001}\u{E002}'), 'a private-use glyph no font has stays empty').toBe(0);
    await page.close();
  });

  it('embeds in another site and resizes the iframe to the chart', async () => {
    const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
    await page.goto(host.origin);
    const frame = page.locator('iframe[data-bao-cao-mo]');
    await expect.poll(async () => Number((await frame.evaluate((f) => (f as HTMLIFrameElement).style.height)).replace('px', '')), { timeout: 10_000 }).toBeGreaterThan(0);
    const height = Number((await frame.evaluate((f) => (f as HTMLIFrameElement).style.height)).replace('px', ''));
    const inner = await page.frameLocator('iframe[data-bao-cao-mo]').locator('html').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
    expect(Math.abs(height - inner)).toBeLessThanOrEqual(2);
    // At 360 px wide the chart is scaled down, so the frame is shorter than the 720 px design.
    expect(height).toBeLessThan(600);
    await page.close();
  });
});
