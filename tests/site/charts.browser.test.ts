/**
 * Charts as readers meet them in Chromium, on the chart template page (the
 * largest one): text size at 360 and 1280 px, PNGs that carry ink and
 * Vietnamese glyphs, the embed code copied in one click, and the embed on
 * another site, with and without its script, at 360 and 800 px.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PNG_SIZES, renderPng } from '../../src/lib/charts/png.ts';
import { routes } from '../../src/lib/routes.ts';
import { SITE_URL } from '../../src/lib/site.ts';
import { darkPixels } from '../support/image.ts';
import { openWithClipboard, useSiteAndBrowser } from '../support/site-session.ts';
import { serveDist, type RunningServer } from '../support/static-server.ts';
import { templatePages } from '../support/templates.ts';
import { useTempDirs } from '../support/temp.ts';

const session = useSiteAndBrowser();
const tempDir = useTempDirs();
const chartPath = templatePages().find((p) => /^\/bieu-do\/[^/]+\/$/.test(p))!;
const chartId = chartPath.split('/')[2]!;
let host: RunningServer;

beforeAll(async () => {
  // A bulletin on another origin that pastes the embed snippet as a reader copies it from the chart page,
  // and one whose editor strips <script>.
  const page = await session.browser.newPage();
  await page.goto(`${session.server.origin}${chartPath}`);
  const snippet = (await page.inputValue('#ma-nhung')).replaceAll(SITE_URL, session.server.origin);
  await page.close();
  const hostDir = tempDir('bcm-host-');
  const bulletin = (body: string) =>
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Bản tin</title></head><body><h1>Bản tin</h1>${body}<p>Hết bài.</p></body></html>`;
  writeFileSync(join(hostDir, 'index.html'), bulletin(snippet));
  writeFileSync(join(hostDir, 'khong-script.html'), bulletin(snippet.replace(/<script>[\s\S]*<\/script>/, '')));
  host = await serveDist(hostDir);
});
afterAll(() => host?.close());

/** Every chart text and note the reader can see, with its rendered size in CSS pixels. */
function visibleTextSizes(page: Page): Promise<{ text: string; size: number }[]> {
  return page.evaluate(() => {
    const sizes: { text: string; size: number }[] = [];
    for (const text of document.querySelectorAll<SVGTextElement>('figure svg.chart text')) {
      if (!text.getClientRects().length) continue;
      const scale = text.getScreenCTM()?.a ?? 1;
      sizes.push({ text: text.textContent ?? '', size: parseFloat(getComputedStyle(text).fontSize) * scale });
    }
    for (const note of document.querySelectorAll<HTMLElement>('figure .chart-notes li'))
      if (note.getClientRects().length) sizes.push({ text: note.textContent ?? '', size: parseFloat(getComputedStyle(note).fontSize) });
    return sizes;
  });
}

/** How much the embed frame clips its chart (positive) or leaves blank under it (negative), in px. */
async function embedFit(page: Page): Promise<{ frame: number; content: number }> {
  const frame = page.locator('iframe[data-bao-cao-mo]');
  await frame.scrollIntoViewIfNeeded();
  const inner = page.frameLocator('iframe[data-bao-cao-mo]');
  await inner.locator('svg.chart').first().waitFor({ state: 'attached' });
  const content = await inner.locator('main').evaluate((el) => el.getBoundingClientRect().height);
  const box = await frame.evaluate((f) => f.getBoundingClientRect().height);
  return { frame: box, content };
}

describe('charts in Chromium', () => {
  it.each([360, 1280])('draws no chart text and no note under 12 px at %i px', async (width) => {
    const page = await session.browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(`${session.server.origin}${chartPath}`, { waitUntil: 'networkidle' });
    const sizes = await visibleTextSizes(page);
    expect(sizes.length).toBeGreaterThan(10);
    expect(sizes.filter((s) => s.size < 12 - 0.01)).toEqual([]);
    await page.close();
  });

  it('draws ink in every PNG (screen, print, square, sharing card)', async () => {
    const page = await session.browser.newPage();
    await page.goto(session.server.origin);
    for (const size of Object.values(PNG_SIZES)) {
      const path = routes.chartFile(chartId, size.suffix, 'png');
      expect(await darkPixels(page, path), `${path} dark pixels`).toBeGreaterThan(5000);
    }
    await page.close();
  });

  it('renders Vietnamese glyphs in the PNG (not tofu) with the shipped font', async () => {
    // resvg draws nothing for a glyph its fonts lack (no box), so ink proves the glyphs are there.
    const page = await session.browser.newPage();
    const ink = (text: string) => {
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="40"><rect width="300" height="40" fill="#fff"/><text x="4" y="28" font-size="24">${text}</text></svg>`;
      return darkPixels(page, `data:image/png;base64,${renderPng(svg, 300).toString('base64')}`);
    };
    expect(await ink('Đảng viên Đức Giang ưỡ')).toBeGreaterThan(500);
    expect(await ink('\u{E000}\u{E001}\u{E002}'), 'a private-use glyph no font has stays empty').toBe(0);
    await page.close();
  });

  it('copies the embed code with one click, and hides the button without JavaScript', async () => {
    const { context, page, clipboard } = await openWithClipboard(session, chartPath);
    await page.getByRole('button', { name: 'Sao chép mã nhúng của biểu đồ' }).click();
    await expect.poll(clipboard).toBe(await page.inputValue('#ma-nhung'));
    await expect.poll(() => page.locator('.copy-status').first().textContent()).toBe('Đã sao chép.');
    await context.close();
    const noScript = await session.browser.newContext({ javaScriptEnabled: false });
    const still = await noScript.newPage();
    await still.goto(`${session.server.origin}${chartPath}`);
    expect(await still.locator('.copy-button').first().isVisible()).toBe(false);
    await noScript.close();
  });

  it.each([360, 800])('shows the whole chart in an embed whose page strips the script, at %i px, with no blank band', async (width) => {
    const page = await session.browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(`${host.origin}/khong-script.html`);
    const { frame, content } = await embedFit(page);
    expect(content).toBeGreaterThan(200);
    expect(frame, 'frame clips the chart').toBeGreaterThanOrEqual(content - 1);
    expect(frame - content, 'blank band under the chart').toBeLessThanOrEqual(2);
    await page.close();
  });

  it('fits the embed to the chart’s exact height where the page runs its script', async () => {
    const page = await session.browser.newPage({ viewport: { width: 800, height: 900 } });
    await page.goto(host.origin);
    const wrapper = page.locator('iframe[data-bao-cao-mo]').locator('..');
    await expect
      .poll(() => wrapper.evaluate((el) => (el as HTMLElement).style.paddingBottom.endsWith('px')), { timeout: 10_000 })
      .toBe(true);
    const { frame, content } = await embedFit(page);
    expect(Math.abs(frame - content)).toBeLessThanOrEqual(2);
    await page.close();
  });
});
