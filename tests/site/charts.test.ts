/**
 * Every chart's page, image and downloads, read from dist/ in Node (the
 * browser test looks at the template page): anatomy, text size on a phone,
 * every PNG, the embed's proportions, and a chart or a reason for every
 * indicator with figures to compare.
 */
import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { A5_TEXT_WIDTH_MM, PNG_SIZES, pngDpi, printedPoints, renderPng } from '../../src/lib/charts/png.ts';
import { smallestFontSize } from '../../src/lib/charts/render.ts';
import { CHART_SHARE, chartShare, SOCIAL_RATIOS } from '../../src/lib/charts/images.ts';
import { isTargetRatio, isTargetRow } from '../../src/lib/charts/comparability.ts';
import { chartReasons, siteCharts } from '../../src/lib/charts/site-charts.ts';
import { hasAreaPage } from '../../src/lib/data/areas.ts';
import type { Observation } from '../../src/lib/data/observations.ts';
import { siteData } from '../../src/lib/data/site-data.ts';
import { groupBy } from '../../src/lib/group.ts';
import { formatPeriod } from '../../src/lib/numbers/format.ts';
import { routes } from '../../src/lib/routes.ts';
import { assertBuilt, distFile, listPages, readPage } from '../support/dist.ts';
import { pngSize } from '../support/image.ts';

beforeAll(assertBuilt);
const chartIds = listPages()
  .filter((p) => /^\/bieu-do\/[^/]+\/$/.test(p))
  .map((p) => p.split('/')[2]!);
const failuresOver = (ids: string[], check: (id: string) => (string | false)[]) =>
  ids.flatMap((id) =>
    check(id)
      .filter((p): p is string => typeof p === 'string')
      .map((p) => `${id}: ${p}`),
  );
/** Bytes of a blank white PNG `width` wide and 1000 high (blank PNGs grow with their height). */
const blankBytes = (() => {
  const sizes = new Map<number, number>();
  return (width: number) => {
    if (!sizes.has(width))
      sizes.set(
        width,
        renderPng(
          `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="1000"><rect width="100%" height="100%" fill="#fff"/></svg>`,
          width,
        ).length,
      );
    return sizes.get(width)!;
  };
})();
const viewBox = (svg: Element) => (svg.getAttribute('viewBox') ?? '').split(' ').map(Number) as [number, number, number, number];

/**
 * The width a chart figure's image gets on a 360 px phone: the page column is
 * 360 − 2 × 16 px of padding, the image has a 1 px border each side, and the
 * narrow layout grows to 480 px at most (src/styles/site.css, Charts).
 * Chromium measures the same on the template page.
 */
const PHONE_IMAGE_WIDTH = Math.min(360 - 2 * 16 - 2, 480);

describe('charts', () => {
  it('has a page for every chart, and 30 or more charts', () => {
    expect(chartIds.sort()).toEqual(
      siteCharts()
        .map((c) => c.spec.id)
        .sort(),
    );
    // 32 once two bars were kept for the comparisons readers come for (67 before): fewer means a rule lost charts.
    expect(chartIds.length).toBeGreaterThanOrEqual(30);
  });

  it('shows each chart on the pages of its areas and of its indicators', () => {
    const data = siteData();
    const problems: string[] = [];
    for (const chart of siteCharts()) {
      const observations = chart.model.data.map((d) => data.observationById.get(d.observationId)!);
      // The city has no page of its own.
      const areas = observations.filter((o) => hasAreaPage(data.areas.find((a) => a.id === o.area)!));
      const pages = new Set([...areas.map((o) => routes.area(o.area)), ...observations.map((o) => routes.indicator(o.indicator))]);
      for (const page of pages)
        if (!readPage(page).querySelector(`#bieu-do-${chart.spec.id} svg.chart`)) problems.push(`${chart.spec.id} missing on ${page}`);
    }
    expect(problems).toEqual([]);
  });

  it('puts each chart in its page’s HTML with its anatomy: narrow and wide images with title, description, source and credit, notes as text (folded after the first), a data table, the sharing image', () => {
    const problems = failuresOver(chartIds, (id) => {
      const doc = readPage(routes.chart(id));
      const chart = siteCharts().find((c) => c.spec.id === id)!;
      const images = [...doc.querySelectorAll('figure svg.chart')];
      const notes = [...doc.querySelectorAll('figure .chart-notes > p, figure .chart-notes li')].map((li) => li.textContent);
      const folded = doc.querySelector('figure .chart-notes details summary')?.textContent;
      const n = chart.model.notes.length;
      return [
        images.length !== 2 && `${images.length} images, not a narrow and a wide one`,
        ...images.flatMap((svg) => {
          const text = svg.textContent ?? '';
          const which = svg.getAttribute('class');
          return [
            svg.getAttribute('role') !== 'img' && `${which}: no role="img"`,
            svg.querySelector('title')?.textContent !== chart.model.title && `${which}: <title> is not the chart's title`,
            svg.querySelectorAll('desc').length !== 1 && `${which}: not exactly one <desc>`,
            !text.includes('Nguồn:') && `${which}: no source line`,
            !text.includes('Báo cáo mở') && `${which}: no credit`,
          ];
        }),
        notes.join('|') !== chart.model.notes.map((note) => `Ghi chú: ${note}`).join('|') && 'notes are not shown as text under the image',
        (n > 1 ? folded !== `Về số liệu này (${n} ghi chú)` : folded !== undefined) &&
          `notes after the first not folded as "Về số liệu này (${n} ghi chú)"`,
        !doc.querySelector(`a[href="${routes.chartFile(id, PNG_SIZES.card.suffix, 'png')}"]`)?.textContent?.includes('Ảnh chia sẻ') &&
          'the 1200 × 630 image is not offered as "Ảnh chia sẻ"',
        doc.querySelectorAll('.chart-data table tbody tr').length !== chart.model.data.length && 'data table rows ≠ marks',
      ];
    });
    expect(problems).toEqual([]);
  });

  it('says the district-status sentence once on the charts page, not under each of its charts', () => {
    const text = readPage(routes.charts()).body.textContent ?? '';
    expect(text.match(/là đơn vị hành chính đến hết/g)?.length).toBe(1);
  });

  it('draws no chart text under 12 px on a 360 px phone, and the wide layout only at full size or larger', () => {
    const problems = failuresOver(chartIds, (id) => {
      const doc = readPage(routes.chart(id));
      const narrow = doc.querySelector('figure svg.chart-narrow')!;
      const wide = doc.querySelector('figure svg.chart-wide')!;
      const smallest = smallestFontSize(narrow.outerHTML) * (PHONE_IMAGE_WIDTH / viewBox(narrow)[2]);
      return [
        smallest < 12 && `narrow layout's smallest text is ${smallest.toFixed(1)} px at 360 px`,
        smallestFontSize(wide.outerHTML) < 12 && `wide layout has text under 12 units (it is never shown smaller than 1:1)`,
      ];
    });
    expect(problems).toEqual([]);
  });

  it('writes every download: SVG, PNGs for screen, print (300 dpi, ≥ 7 pt at A5 text width) and a feed image 1080 px wide, CSV for Excel', () => {
    const problems = failuresOver(chartIds, (id) => {
      const svg = readFileSync(distFile(routes.chartFile(id, '', 'svg')), 'utf8');
      const csv = readFileSync(distFile(routes.chartFile(id, '', 'csv')), 'utf8');
      // The print PNG is drawn from the chart's print image (the medium layout, labels beside the bars).
      const print = siteCharts().find((c) => c.spec.id === id)!.images.print;
      const pngs = Object.values(PNG_SIZES).map((size) => {
        const file = distFile(routes.chartFile(id, size.suffix, 'png'));
        if (!existsSync(file)) return `${size.suffix || 'screen'} PNG missing`;
        const png = readFileSync(file);
        const { width, height } = pngSize(png);
        if (width !== size.width) return `PNG${size.suffix} is ${width} px wide, not ${size.width}`;
        const feed = siteCharts().find((c) => c.spec.id === id)!.images.square;
        if (size === PNG_SIZES.square && height !== Math.round((width * feed.height) / feed.width))
          return `feed PNG is ${width} × ${height}`;
        if (size === PNG_SIZES.print && pngDpi(png) !== 300) return `print PNG records ${pngDpi(png)} dpi`;
        // Text and bars are what make a chart image weigh: a blank page of the same size is the floor.
        const blank = (blankBytes(width) * height) / 1000;
        return png.length < 3 * blank && `PNG${size.suffix} is ${png.length} B, a blank one ${Math.round(blank)} B: blank?`;
      });
      const points = printedPoints(smallestFontSize(print.svg), print.width, A5_TEXT_WIDTH_MM);
      return [
        !/^<\?xml[\s\S]*<svg[^>]+role="img"/.test(svg) && 'SVG file is not an accessible SVG',
        !csv.startsWith('\uFEFFnhan,ky,gia_tri,gia_tri_chinh_xac') && 'CSV lacks BOM or header',
        points < 7 && `print PNG's smallest text is ${points.toFixed(1)} pt at A5 text width`,
        ...pngs,
      ];
    });
    expect(problems).toEqual([]);
  });

  it('draws every feed image with no text under 28 px at 1080 px wide, the chart filling at least 70% of it, square or 4:5 unless taller is the only way', () => {
    const problems = failuresOver(chartIds, (id) => {
      const feed = siteCharts().find((c) => c.spec.id === id)!.images.square;
      const smallest = (smallestFontSize(feed.svg) * PNG_SIZES.square.width) / feed.width;
      const share = chartShare(feed);
      const ratio = feed.height / feed.width;
      return [
        smallest < 28 && `smallest text ${smallest.toFixed(1)} px at ${PNG_SIZES.square.width} px`,
        // Notes and white are not the chart: a feed image is the chart, not two bars floating in white or drowned in notes.
        share < CHART_SHARE && `the chart fills ${(share * 100).toFixed(1)}% of its feed image`,
        // Taller than 4:5 is cropped in a feed: only a chart that no 4:5 image holds at 28 px (drawn at 2×, so 1:1 in units) gets it.
        !(SOCIAL_RATIOS as readonly number[]).includes(ratio) &&
          !/<svg x="[\d.]+" y="0.0" [^>]*height="[\d.]+" /.test(feed.svg) &&
          `a ${PNG_SIZES.square.width} × ${Math.round(PNG_SIZES.square.width * ratio)} image with white above and below`,
      ];
    });
    expect(problems).toEqual([]);
  });

  it('gives each embed three layouts whose proportions are the ones its snippet’s box is computed from', () => {
    const problems = failuresOver(chartIds, (id) => {
      const embed = readPage(routes.embed(id));
      const snippet = readPage(routes.chart(id)).querySelector('#ma-nhung')!.textContent ?? '';
      const percent = (ratio: number) => `${(ratio * 100).toFixed(4)}%`;
      const layouts = ['narrow', 'medium', 'wide'].map((name) => embed.querySelector(`.embed-${name} svg.chart`));
      if (layouts.some((svg) => !svg)) return ['an embed layout is missing'];
      // The wide ratio starts the formula; the others appear as differences from their neighbour.
      const [, , width, height] = viewBox(layouts[2]!);
      return [!snippet.includes(`calc(${percent(height / width)} +`) && `snippet's box does not follow the wide layout`];
    });
    expect(problems).toEqual([]);
  });
});

describe('a chart for every indicator with figures to compare', () => {
  const data = siteData();
  const drawnTogether = (a: Observation, b: Observation) =>
    siteCharts().some((c) => c.spec.observations.includes(a.id) && c.spec.observations.includes(b.id));
  const point = (o: Observation) => o.asOf ?? (o.periodStart === o.periodEnd ? o.periodStart : undefined);
  const same = (a: Observation, b: Observation) =>
    a.indicator === b.indicator && a.area === b.area && a.unit === b.unit && a.scope === b.scope && a.category === b.category;
  const goal = (o: Observation) => isTargetRow(o) || isTargetRatio(o);

  /** A pair no chart draws together is fine only when the indicator page says why one of them is not drawn. */
  const explained = (o: Observation) => chartReasons(o.indicator).some((r) => r.observation === o.id);

  it('draws the same count of one area at two times in one chart, or says why not', () => {
    const pairs = data.observations.flatMap((a) =>
      data.observations
        .filter((b) => a.id < b.id && same(a, b) && !goal(a) && !goal(b) && point(a) && point(b) && point(a) !== point(b))
        .map((b) => [a, b] as const),
    );
    expect(pairs.length).toBeGreaterThan(0);
    expect(pairs.filter(([a, b]) => !drawnTogether(a, b) && !explained(a) && !explained(b)).map(([a, b]) => `${a.id} and ${b.id}`)).toEqual(
      [],
    );
  });

  it('draws the parts of one total in one chart, or says why not', () => {
    const pairs = data.observations.flatMap((a) =>
      data.observations
        .filter(
          (b) => a.id < b.id && a.partOf && a.partOf === b.partOf && a.unit === b.unit && !(point(a) && point(b) && point(a) !== point(b)),
        )
        .map((b) => [a, b] as const),
    );
    expect(pairs.length).toBeGreaterThan(0);
    expect(
      pairs
        .filter(([a, b]) => !drawnTogether(a, b) && !explained(a) && !explained(b))
        .map(([a, b]) => `${a.id} and ${b.id} (parts of ${a.partOf})`),
    ).toEqual([]);
  });

  it('draws no chart of equal values, no two charts under one title, and no group beside its own parts', () => {
    const charts = siteCharts();
    const equal = charts.filter((c) => c.model.data.length > 1 && new Set(c.model.data.map((d) => d.valueLabel)).size === 1);
    expect(equal.map((c) => c.spec.id)).toEqual([]);
    const titles = groupBy(charts, (c) => c.model.title);
    expect([...titles].filter(([, same]) => same.length > 1).map(([title]) => title)).toEqual([]);
    const besideParts = charts.flatMap((c) =>
      c.spec.observations
        .filter((id) => c.spec.observations.some((other) => data.observationById.get(other)!.partOf === id))
        .map((id) => `${c.spec.id}: ${id} drawn beside its own parts`),
    );
    expect(besideParts).toEqual([]);
  });

  it('draws two bars only for a result beside its target, a change one paragraph states, or two areas counted alike; else the page says why', () => {
    const twoBars = siteCharts().filter((c) => c.model.data.length === 2);
    const why = (ids: string[], kind: string) => {
      const [a, b] = ids.map((id) => data.observationById.get(id)!) as [Observation, Observation];
      if (kind === 'target' || isTargetRow(a) || isTargetRow(b)) return 'target';
      // A change: one count of one area at two times, both in the paragraph that states it (whatever kind draws it).
      const sameCount = a.area === b.area && a.indicator === b.indicator && a.category === b.category;
      if (sameCount && formatPeriod(a) !== formatPeriod(b)) return a.report === b.report && a.anchor === b.anchor ? 'change' : undefined;
      return a.area !== b.area && a.indicator === b.indicator ? 'areas' : undefined;
    };
    expect(twoBars.length).toBeGreaterThan(0);
    expect(twoBars.filter((c) => !why(c.spec.observations, c.spec.kind)).map((c) => c.spec.id)).toEqual([]);
    // "17 đồng chí" at Cầu Giấy and "07 đ/c" at Lê Hồng Phong: two groups of one footnote, in the table with the reason.
    const reason = [...readPage(routes.indicator('can-bo-hoc-trung-cap-ly-luan-chinh-tri')).querySelectorAll('.chart-reasons li')].find(
      (li) => li.querySelector('a')?.getAttribute('href')?.endsWith('#ntl-094'),
    );
    expect(reason?.textContent).toContain('chỉ hai nhóm trong một đoạn văn');
  });

  it('shows, on every indicator page with two or more figures, a chart or why each undrawn figure is not drawn', () => {
    const problems: string[] = [];
    for (const [indicator, observations] of data.observationsByIndicator) {
      if (observations.length < 2) continue;
      const doc = readPage(routes.indicator(indicator));
      const drawn = new Set(siteCharts().flatMap((c) => c.spec.observations));
      const reasons = [...doc.querySelectorAll('.chart-reasons li a')].map((a) => a.getAttribute('href'));
      for (const o of observations)
        if (!drawn.has(o.id) && !reasons.includes(routes.indicator(indicator, o.id)))
          problems.push(`${indicator}: ${o.id} neither drawn nor explained`);
    }
    expect(problems).toEqual([]);
  });

  it('explains the comparisons withdrawn because they could not be fair', () => {
    const reason = (indicator: string, id: string) =>
      [...readPage(routes.indicator(indicator)).querySelectorAll('.chart-reasons li')].find((li) =>
        li.querySelector('a')?.getAttribute('href')?.endsWith(`#${id}`),
      )?.textContent ?? '';
    // Long Biên's discipline figure counts only the district committee's decisions; its removals come from a screening of no stated period.
    expect(reason('ky-luat-dang-vien', 'lb-044')).toContain('Quận ủy, UBKT Quận ủy');
    expect(reason('xoa-ten-dang-vien', 'ntl-056')).toContain('Chỉ thị 28');
  });
});
