/** Reading a report and printing pages, in Chromium: footnotes both ways, paragraph links, downloads, print. */
import { describe, expect, it } from 'vitest';
import { routes } from '../../src/lib/routes.ts';
import { listPages } from '../support/dist.ts';
import { openWithClipboard, useSiteAndBrowser } from '../support/site-session.ts';

const session = useSiteAndBrowser();
const report = routes.report('nam-tu-liem-giua-nhiem-ky-2023');
const open = async (path: string) => {
  const page = await session.browser.newPage();
  await page.goto(`${session.server.origin}${path}`);
  return page;
};

describe('report page', () => {
  it('follows a footnote to its text and back to the marker', async () => {
    const page = await open(report);
    await page.click('a#fnref-6');
    expect(new URL(page.url()).hash).toBe('#fn-6');
    await expect(page.locator('#fn-6').textContent()).resolves.toContain('21/25 tổ chức đảng');
    expect(await page.locator('#fn-6').evaluate((el) => el.matches(':target'))).toBe(true);
    await page.click('#fn-6 a[href="#fnref-6"]');
    expect(new URL(page.url()).hash).toBe('#fnref-6');
    expect(await page.locator('#fnref-6').isVisible()).toBe(true);
    await page.close();
  });

  it('has a visible permalink on every paragraph and highlights the linked one', async () => {
    const page = await open(`${report}#p-12`);
    const count = await page.locator('.report-text [id^="p-"]').count();
    expect(count).toBeGreaterThan(100);
    expect(await page.locator('.report-text [id^="p-"] a.permalink').count()).toBeGreaterThanOrEqual(count);
    expect(await page.locator('#p-12').evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    await page.close();
  });

  it('works fully without JavaScript: figures highlighted when linked, the original text offered for download', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${session.server.origin}${routes.figure('nam-tu-liem-giua-nhiem-ky-2023', 'ntl-043')}`);
    expect(
      await page.locator(':target').evaluate((el) => [el.textContent, getComputedStyle(el).backgroundColor !== 'rgba(0, 0, 0, 0)']),
    ).toEqual(['559/700', true]);
    // The copy buttons need a script: without one they are not shown at all.
    expect(await page.locator('[data-figure-tools]').isVisible()).toBe(false);
    const href = await page.locator('a[download]').getAttribute('href');
    const response = await page.request.get(`${session.server.origin}${href}`);
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain('Số 274/BC/QU');
    expect(await page.locator('.cite .citation').first().textContent()).toContain(report);
    // Without a script nothing is offered that would not work.
    expect(await page.locator('.copy-button').first().isVisible()).toBe(false);
    await context.close();
  });

  it('copies the citation, and a paragraph’s address when its ¶ is clicked', async () => {
    const { context, page, clipboard } = await openWithClipboard(session, report);
    await page.getByRole('button', { name: 'Sao chép trích dẫn văn bản' }).click();
    await expect.poll(clipboard).toBe((await page.locator('#trich-dan-van-ban').textContent())!.trim());
    await page.click('#p-12 a.permalink');
    expect(new URL(page.url()).hash).toBe('#p-12');
    await expect.poll(clipboard).toBe(`https://baocaomo.vn${report}#p-12`);
    await expect.poll(() => page.locator('.copy-toast').textContent()).toContain('Đã sao chép liên kết');
    await context.close();
  });

  it('offers to copy the link and the citation of the figure linked to or focused', async () => {
    const { context, page, clipboard } = await openWithClipboard(session, routes.figure('nam-tu-liem-giua-nhiem-ky-2023', 'ntl-063'));
    const tools = page.locator('[data-figure-tools]');
    await expect.poll(() => tools.isVisible()).toBe(true);
    expect(await tools.evaluate((el) => el.previousElementSibling!.id)).toBe('so-lieu-ntl-063');
    await tools.getByRole('button', { name: /Sao chép trích dẫn/ }).click();
    await expect.poll(clipboard).toMatch(/^“.*11\.361 đảng viên.*” \(.+\)\. Nguồn: https:\/\/.+#so-lieu-ntl-063$/);
    await expect.poll(() => tools.getByRole('status').nth(1).textContent()).toMatch(/Đã sao chép/);
    // Keyboard: focusing another figure moves the buttons beside it, and its link is what is copied.
    await page.focus('#so-lieu-ntl-043');
    expect(await tools.evaluate((el) => el.previousElementSibling!.id)).toBe('so-lieu-ntl-043');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(clipboard).toMatch(/\/bao-cao\/nam-tu-liem-giua-nhiem-ky-2023\/#so-lieu-ntl-043$/);
    await context.close();
  });
});

describe('print', () => {
  const pages = listPages();
  const chartPage = pages.find((p) => /^\/bieu-do\/[^/]+\/$/.test(p))!;
  const printable = [report, ...pages.filter((p) => /^\/so-lieu\/[^/]+\/$/.test(p)).slice(0, 1), chartPage];
  it.each(printable)('%s prints on A4 without navigation, with charts inside the column', async (path) => {
    const page = await open(path);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.breadcrumb', '.toc', '.copy-button'])
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    const columnWidth = await page.locator('main').evaluate((el) => el.getBoundingClientRect().width);
    const charts = await page.locator('svg.chart:visible').all();
    if (path === chartPage) expect(charts.length).toBeGreaterThan(0);
    for (const svg of charts) expect((await svg.boundingBox())!.width).toBeLessThanOrEqual(columnWidth + 1);
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThan(0);
    await page.close();
  });

  it('prints a report’s figures as plain text, without footnote back-links, with its facts shown', async () => {
    const page = await open(report);
    await page.emulateMedia({ media: 'print' });
    const figure = await page
      .locator('.report-text a.figure')
      .first()
      .evaluate((a) => ({ weight: getComputedStyle(a).fontWeight, line: getComputedStyle(a).textDecorationLine }));
    expect(figure).toEqual({ weight: '400', line: 'none' });
    expect(await page.locator('.data-footnote-backref').first().isVisible()).toBe(false);
    expect(await page.locator('dl.meta').isVisible()).toBe(true);
    await page.close();
  });

  it('prints a chart page with its sources and citation', async () => {
    const page = await open(chartPage);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.chart-sources .citation').isVisible()).toBe(true);
    expect(await page.locator('.chart-sources li').count()).toBeGreaterThan(0);
    expect(await page.locator('#ma-nhung').isVisible()).toBe(false);
    await page.close();
  });
});

describe('indicator table', () => {
  it('filters without diacritics and sorts by value', async () => {
    const page = await open(routes.areaFigures('nam-tu-liem'));
    const rows = page.locator('#bang-so-lieu tbody tr');
    const total = await rows.count();
    await expect(page.locator('form[data-table-filter]').isVisible()).resolves.toBe(true);
    await page.fill('form[data-table-filter] input[name="q"]', 'dang vien');
    const visible = await page.locator('#bang-so-lieu tbody tr:not([hidden])').count();
    expect(visible).toBeGreaterThan(0);
    expect(visible).toBeLessThan(total);
    await expect(page.locator('form[data-table-filter] [role="status"]').textContent()).resolves.toMatch(/Hiển thị/);
    await page.fill('form[data-table-filter] input[name="q"]', '');
    await page.click('#bang-so-lieu th:first-child button');
    const first = Number(await rows.first().locator('td').first().getAttribute('data-value'));
    const last = Number(await rows.last().locator('td').first().getAttribute('data-value'));
    expect(first).toBeLessThanOrEqual(last);
    await page.close();
  });

  it('lands an area’s “all figures” link on the table of that area’s figures, on a phone', async () => {
    const page = await session.browser.newPage({ viewport: { width: 360, height: 800 } });
    await page.goto(`${session.server.origin}${routes.area('duc-giang')}`);
    await page.click(`a[href="${routes.areaFigures('duc-giang', 1, 'bang-so-lieu')}"]`);
    await page.waitForURL(/\/so-lieu\/dia-ban\/duc-giang\//);
    const top = await page.locator('#bang-so-lieu').evaluate((el) => el.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(50);
    const areas = await page
      .locator('#bang-so-lieu tbody tr:not([hidden])')
      .evaluateAll((rows) => [...new Set(rows.map((r) => (r as HTMLElement).dataset.area))]);
    expect(areas).toEqual(['duc-giang']);
    await page.close();
  });
});
