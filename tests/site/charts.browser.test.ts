/** Charts as readers meet them in Chromium: PNGs that carry ink and Vietnamese glyphs, an embed on another site. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PNG_SIZES, renderPng } from '../../src/lib/charts/png.ts';
import { siteCharts } from '../../src/lib/charts/site-charts.ts';
import { routes } from '../../src/lib/routes.ts';
import { SITE_URL } from '../../src/lib/site.ts';
import { darkPixels } from '../support/image.ts';
import { useSiteAndBrowser } from '../support/site-session.ts';
import { serveDist, type RunningServer } from '../support/static-server.ts';
import { useTempDirs } from '../support/temp.ts';

const session = useSiteAndBrowser();
const tempDir = useTempDirs();
const chart = siteCharts()[0]!;
let host: RunningServer;

beforeAll(async () => {
  // A bulletin page on another origin that pastes the embed snippet as a reader copies it from the chart page.
  const page = await session.browser.newPage();
  await page.goto(`${session.server.origin}${routes.chart(chart.spec.id)}`);
  const snippet = (await page.inputValue('#ma-nhung')).replaceAll(SITE_URL, session.server.origin);
  await page.close();
  const hostDir = tempDir('bcm-host-');
  writeFileSync(
    join(hostDir, 'index.html'),
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Bản tin</title></head><body><h1>Bản tin</h1><div style="width:360px">${snippet}</div></body></html>`,
  );
  host = await serveDist(hostDir);
});
afterAll(() => host?.close());

describe('charts in Chromium', () => {
  it('draws ink in every PNG size and in the sharing card (not a blank image)', async () => {
    const page = await session.browser.newPage();
    await page.goto(session.server.origin);
    for (const size of Object.values(PNG_SIZES)) {
      const path = routes.chartFile(chart.spec.id, size.suffix, 'png');
      expect(await darkPixels(page, path), `${path} dark pixels`).toBeGreaterThan(5000);
    }
    expect(await darkPixels(page, routes.ogImage(`bieu-do-${chart.spec.id}`)), 'OG card dark pixels').toBeGreaterThan(2000);
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
    const context = await session.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.server.origin });
    const page = await context.newPage();
    await page.goto(`${session.server.origin}${routes.chart(chart.spec.id)}`);
    await page.getByRole('button', { name: 'Sao chép mã nhúng của biểu đồ' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(await page.inputValue('#ma-nhung'));
    await expect.poll(() => page.locator('.copy-status').first().textContent()).toBe('Đã sao chép.');
    await context.close();
    const noScript = await session.browser.newContext({ javaScriptEnabled: false });
    const still = await noScript.newPage();
    await still.goto(`${session.server.origin}${routes.chart(chart.spec.id)}`);
    expect(await still.locator('.copy-button').first().isVisible()).toBe(false);
    await noScript.close();
  });

  it('embeds in another site and resizes the iframe to the chart', async () => {
    const page = await session.browser.newPage({ viewport: { width: 800, height: 900 } });
    await page.goto(host.origin);
    const frame = page.locator('iframe[data-bao-cao-mo]');
    const frameHeight = async () => Number((await frame.evaluate((f) => (f as HTMLIFrameElement).style.height)).replace('px', ''));
    await expect.poll(frameHeight, { timeout: 10_000 }).toBeGreaterThan(0);
    const inner = await page
      .frameLocator('iframe[data-bao-cao-mo]')
      .locator('html')
      .evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
    expect(Math.abs((await frameHeight()) - inner)).toBeLessThanOrEqual(2);
    // At 360 px wide the chart is scaled down, so the frame is shorter than the 720 px design.
    expect(await frameHeight()).toBeLessThan(600);
    await page.close();
  });
});
