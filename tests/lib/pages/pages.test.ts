import { describe, expect, it } from 'vitest';
import { chartReasons, chartsDrawing, siteCharts } from '../../../src/lib/charts/site-charts.ts';
import { hasAreaPage } from '../../../src/lib/data/areas.ts';
import { siteData } from '../../../src/lib/data/site-data.ts';
import { areaPage } from '../../../src/lib/pages/area-page.ts';
import { chartPage } from '../../../src/lib/pages/chart-page.ts';
import { homePage } from '../../../src/lib/pages/home-page.ts';
import { indicatorPage } from '../../../src/lib/pages/indicator-page.ts';
import { indicatorsPage } from '../../../src/lib/pages/indicators-page.ts';
import { reportFigureCitations, reportPage } from '../../../src/lib/pages/report-page.ts';
import { searchPage } from '../../../src/lib/pages/search-page.ts';

const data = siteData();
const area = (id: string) => data.areas.find((a) => a.id === id)!;

describe('page data', () => {
  it('area page: breadcrumb from the city down, parent district with its end date, reports of its own and of its wards', () => {
    const ward = areaPage(data, area('duc-giang'), chartsDrawing);
    expect(ward.breadcrumb.map((b) => [b.label, b.href, b.current])).toEqual([
      ['thành phố Hà Nội', undefined, false],
      ['quận Long Biên', '/dia-ban/long-bien/', false],
      ['phường Đức Giang', undefined, true],
    ]);
    expect(ward.title).toBe('Phường Đức Giang');
    expect(ward.place.within).toEqual([
      { label: 'quận Long Biên', href: '/dia-ban/long-bien/', validity: 'đến hết 30/6/2025' },
      { label: 'thành phố Hà Nội', href: undefined, validity: '' },
    ]);
    const district = areaPage(data, area('long-bien'), chartsDrawing);
    expect(district.children.map((c) => c.href)).toEqual(['/dia-ban/duc-giang/']);
    expect(district.place.validity).toBe('Quận Long Biên là đơn vị hành chính đến hết 30/6/2025.');
    expect(district.childReports.map((r) => r.slug)).toEqual(['duc-giang-bao-cao-chinh-tri-2020']);
    expect(district.observationCount).toBe(data.observations.filter((o) => o.area === 'long-bien').length);
    expect(district.allFiguresHref).toBe('/so-lieu/dia-ban/long-bien/#bang-so-lieu');
  });

  it('indicator page: says why a figure no chart draws is not drawn', () => {
    const page = indicatorPage(data, data.indicatorById.get('ky-luat-dang-vien')!, 1, chartsDrawing, chartReasons);
    expect(page.charts.length).toBeGreaterThan(0);
    expect(page.reasons.find((r) => r.observation === 'lb-044')).toMatchObject({
      printed: '22',
      where: 'Quận Long Biên, 7/2017\u00a0–\u00a09/2022',
      reason: expect.stringContaining('Quận ủy, UBKT Quận ủy'),
    });
  });

  it('indicator page: every observation, one citation each, charts that draw them and notes that concern them', () => {
    const indicator = data.indicatorById.get('so-dang-vien')!;
    const page = indicatorPage(data, indicator, 1, chartsDrawing);
    expect(page.observations.every((o) => o.indicator === 'so-dang-vien')).toBe(true);
    expect(page.citations).toHaveLength(page.observations.length);
    // Each citation links to the figure itself in its report.
    page.observations.forEach((o, i) =>
      expect(page.citations[i]!.text).toMatch(
        new RegExp(`^“.+” \\(.+\\)\\. Nguồn: https://baocaomo\\.vn/bao-cao/${o.report}/#so-lieu-${o.id}$`),
      ),
    );
    expect(page.summary).toMatch(/^\d+ số liệu, \d+ địa bàn$/);
  });

  it('chart page: downloads at their addresses, and each figure with its quote and its place in the report', () => {
    const chart = siteCharts()[0]!;
    const page = chartPage(data, chart);
    expect(page.downloads.map((d) => d.href)).toEqual([
      `/bieu-do/${chart.spec.id}.png`,
      `/bieu-do/${chart.spec.id}-in.png`,
      `/bieu-do/${chart.spec.id}-vuong.png`,
      `/bieu-do/${chart.spec.id}-chia-se.png`,
      `/bieu-do/${chart.spec.id}.svg`,
      `/bieu-do/${chart.spec.id}.csv`,
    ]);
    // The page shares the chart itself.
    expect(page.ogImagePath).toBe(`/bieu-do/${chart.spec.id}-chia-se.png`);
    expect(page.figures).toHaveLength(chart.model.data.length);
    expect(page.figures[0]!.source.href).toMatch(/^\/bao-cao\/[a-z0-9-]+\/#so-lieu-[a-z]+-\d+$/);
  });

  it('report page: contents without the footnotes heading, areas linked, a figure address to cite, its citations file', () => {
    const slug = 'duc-giang-bao-cao-chinh-tri-2020';
    const meta = data.reports.get(slug)!.meta;
    const page = reportPage(data, slug, meta, [
      { depth: 2, slug: 'phan-thu-nhat', text: 'Phần thứ nhất' },
      { depth: 2, slug: 'footnote-label', text: 'Chú thích' },
    ]);
    expect(page.toc.map((n) => n.slug)).toEqual(['phan-thu-nhat']);
    expect(page.areas).toEqual([{ label: 'phường Đức Giang', href: '/dia-ban/duc-giang/' }]);
    expect(page.documentType).toMatch(/\(dự thảo\)$/);
    const first = data.observations.find((o) => o.report === slug)!;
    expect(page.figureLinkExample).toBe(`https://baocaomo.vn/bao-cao/${slug}/#so-lieu-${first.id}`);
    expect(page.citationsHref).toBe(`/bao-cao/${slug}/trich-dan.json`);
    const citations = reportFigureCitations(data, slug);
    expect(Object.keys(citations)).toEqual(data.observations.filter((o) => o.report === slug).map((o) => `so-lieu-${o.id}`));
    expect(citations[`so-lieu-${first.id}`]).toContain(`#so-lieu-${first.id}`);
  });

  it('home and indicator list: counts from the data, every area with its headline figures', () => {
    const home = homePage(data, siteCharts());
    expect(home.areas.map((a) => a.id)).toEqual(data.areas.filter(hasAreaPage).map((a) => a.id));
    expect(home.areasNote).toMatch(/^Các quận .* là đơn vị hành chính đến hết 30\/6\/2025/);
    expect(home.reports).toHaveLength(data.reports.size);
    expect(home.featured.every((c) => c.spec.featured === 'yes')).toBe(true);
    const list = indicatorsPage(data);
    expect(list.summary).toContain(`${data.reports.size} văn bản`);
    expect(list.topics.flatMap((t) => t.indicators)).toHaveLength(data.observationsByIndicator.size);
  });

  it('search page: every filter with the values records carry, kinds in order, years newest first', () => {
    const page = searchPage(data);
    expect(page.filters.map((f) => f.name)).toEqual(['kind', 'area', 'report', 'type', 'year']);
    const values = (name: string) => page.filters.find((f) => f.name === name)!.values;
    expect(values('kind')).toEqual(['Văn bản', 'Số liệu', 'Chỉ tiêu', 'Biểu đồ']);
    expect(values('report')).toHaveLength(data.reports.size);
    expect(values('year')).toEqual([...values('year')].sort().reverse());
    expect(values('area')).toEqual(expect.arrayContaining(['Đống Đa', 'Đức Giang', 'Long Biên', 'Nam Từ Liêm']));
    expect(page.reports['dong-da-giua-nhiem-ky']).toBe(data.reports.get('dong-da-giua-nhiem-ky')!.meta.shortTitle);
    expect(page.indicators).toHaveLength(data.observationsByIndicator.size);
    expect(page.lexicon.places).toContain('Đức Giang');
  });
});
