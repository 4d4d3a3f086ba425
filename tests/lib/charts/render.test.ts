import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { ChartModel } from '../../../src/lib/charts/model.ts';
import { LAYOUTS } from '../../../src/lib/charts/plots.ts';
import { renderChart, smallestFontSize } from '../../../src/lib/charts/render.ts';
import { textWidth } from '../../../src/lib/charts/text.ts';
import { CHART_SHARE, chartImages, chartShare } from '../../../src/lib/charts/images.ts';
import { CHART } from '../../../src/lib/design/tokens.ts';

const model = (overrides: Partial<ChartModel> = {}): ChartModel => ({
  id: 'thu',
  kind: 'comparison',
  title: 'Lớp bồi dưỡng mỗi năm',
  subtitle: 'Ba quận, bình quân mỗi năm',
  unit: 'lớp',
  valueLabel: 'lớp mỗi năm',
  data: [
    { observationId: 'a-1', label: 'Quận A', sublabel: '2020 – 2022', value: 40, shown: 40, valueLabel: '40', href: '/a/' },
    { observationId: 'a-2', label: 'Quận B', value: 10, shown: 10, valueLabel: '10', href: '/b/' },
  ],
  notes: ['Ghi chú một.'],
  caveat: 'Ghi chú một.',
  legend: [],
  areasNote: '',
  sources: ['Quận ủy A, Báo cáo'],
  credit: 'Báo cáo mở',
  ...overrides,
});

const parse = (svg: string) => parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document;

describe('renderChart', () => {
  it('is an accessible image holding title, subtitle, plot, source, its caveat and credit', () => {
    const { svg } = renderChart(model(), 'Mô tả cho trình đọc màn hình');
    const doc = parse(svg);
    const root = doc.querySelector('svg')!;
    expect(root.getAttribute('role')).toBe('img');
    expect(root.getAttribute('aria-labelledby')).toBe('thu-tieu-de thu-mo-ta');
    expect(doc.querySelector('title')!.textContent).toBe('Lớp bồi dưỡng mỗi năm');
    expect(doc.querySelector('desc')!.textContent).toBe('Mô tả cho trình đọc màn hình');
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    for (const expected of [
      'Lớp bồi dưỡng mỗi năm',
      'Ba quận, bình quân mỗi năm',
      'Quận A',
      '2020 – 2022',
      'Nguồn: Quận ủy A, Báo cáo.',
      'Lưu ý: Ghi chú một.',
      'Báo cáo mở',
    ]) {
      expect(texts).toContain(expected);
    }
  });
  it('carries one caveat and the key, and sends the reader to the chart’s address for the other notes', () => {
    const notes = ['Tổng in là “40.934”, nhưng cộng các phần được 40.366.', 'Hai.', 'Ba.', 'Bốn.', 'Năm.', 'Sáu.'];
    const texts = [
      ...parse(renderChart(model({ notes, caveat: notes[0], legend: ['Vạch đỏ: chỉ tiêu.'] }), '').svg).querySelectorAll('text'),
    ].map((t) => t.textContent);
    expect(texts).toContain(`Lưu ý: ${notes[0]}`);
    expect(texts).toContain('Vạch đỏ: chỉ tiêu.');
    for (const other of notes.slice(1)) expect(texts.join(' ')).not.toContain(other);
    expect(texts).toContain('Báo cáo mở (thêm 5 ghi chú)');
    // The image travels alone: the districts it names say they are of their time.
    const ended = 'Quận A là đơn vị hành chính đến hết 30/6/2025.';
    expect([...parse(renderChart(model({ areasNote: ended }), '').svg).querySelectorAll('text')].map((t) => t.textContent)).toContain(
      ended,
    );
  });
  it('draws bars proportional to their values from a zero baseline', () => {
    const doc = parse(renderChart(model(), '').svg);
    const bars = [...doc.querySelectorAll('g.mark rect')];
    const widths = bars.map((r) => Number(r.getAttribute('width')));
    const starts = bars.map((r) => Number(r.getAttribute('x')));
    expect(starts[0]).toBe(starts[1]);
    expect(widths[0]! / widths[1]!).toBeCloseTo(4, 1);
  });
  it('marks a target with a line at its value on the same scale', () => {
    const data = [
      { observationId: 'a-1', label: '2015', value: 121, shown: 121, valueLabel: '121/100', target: 100, href: '/a/' },
      { observationId: 'a-2', label: '2016', value: 50, shown: 50, valueLabel: '50/100', target: 100, href: '/b/' },
    ];
    const doc = parse(renderChart(model({ kind: 'target', data }), '').svg);
    const bar = doc.querySelector('g.mark rect')!;
    const line = doc.querySelector('g.mark line')!;
    const left = Number(bar.getAttribute('x'));
    expect((Number(line.getAttribute('x1')) - left) / Number(bar.getAttribute('width'))).toBeCloseTo(100 / 121, 2);
  });
  it('draws a yearly series as columns of heights proportional to values', () => {
    const data = [2015, 2016, 2017].map((year, i) => ({
      observationId: `a-${i}`,
      label: String(year),
      value: (i + 1) * 10,
      shown: (i + 1) * 10,
      valueLabel: String((i + 1) * 10),
      href: '/',
    }));
    const doc = parse(renderChart(model({ kind: 'time-series', data }), '').svg);
    const heights = [...doc.querySelectorAll('g.mark rect')].map((r) => Number(r.getAttribute('height')));
    expect(heights[1]! / heights[0]!).toBeCloseTo(2, 1);
    expect(heights[2]! / heights[0]!).toBeCloseTo(3, 1);
  });
  it('keeps every left-aligned text line inside the image width in every layout, however long the notes and labels', () => {
    const long = 'Văn bản không ghi thời kỳ nên lấy kỳ sơ kết năm năm của nghị quyết; nội dung các lớp khác nhau giữa các quận. '.repeat(4);
    const data = model().data.map((d) => ({ ...d, valueLabel: '3057/2400 đoàn viên công đoàn (127,4%)', annotation: long }));
    for (const [name, layout] of Object.entries(LAYOUTS)) {
      const short = renderChart(model(), '', layout);
      const tall = renderChart(
        model({
          notes: [long, long],
          caveat: long,
          data,
          credit: 'Báo cáo mở · baocaomo.vn/bieu-do/ty-le-hoan-thanh-ke-hoach-cap-giay-chung-nhan-qsdd/',
        }),
        '',
        layout,
      );
      expect(tall.height, name).toBeGreaterThan(short.height);
      for (const text of parse(tall.svg).querySelectorAll('text')) {
        if (text.getAttribute('text-anchor')) continue;
        const right =
          Number(text.getAttribute('x')) +
          textWidth(text.textContent!, Number(text.getAttribute('font-size')), text.getAttribute('font-weight') === '700');
        expect(right, `${name}: ${text.textContent}`).toBeLessThanOrEqual(layout.width);
      }
    }
  });
  it('lays out narrow screens with labels above bars, fewer ticks and no text under 13 units', () => {
    const narrow = renderChart(model(), '', LAYOUTS.narrow);
    expect(narrow.width).toBe(320);
    expect(smallestFontSize(narrow.svg)).toBeGreaterThanOrEqual(13);
    const doc = parse(narrow.svg);
    const label = [...doc.querySelectorAll('g.mark text')].find((t) => t.textContent === 'Quận A')!;
    const bar = doc.querySelector('g.mark rect')!;
    // Above: the label's baseline is over the bar's top, and both start at the left margin.
    expect(Number(label.getAttribute('y'))).toBeLessThan(Number(bar.getAttribute('y')));
    expect(Number(bar.getAttribute('x'))).toBe(LAYOUTS.narrow.pad);
    const ticks = (svg: string) => [...parse(svg).querySelectorAll('text[text-anchor="middle"]')].length;
    expect(ticks(narrow.svg)).toBeLessThan(ticks(renderChart(model(), '', LAYOUTS.wide).svg));
  });
  it('leaves the caveat to the page when asked, keeping title, description, source and credit', () => {
    const { svg } = renderChart(model(), 'Mô tả', LAYOUTS.narrow, { notes: false, variant: 'hep', className: 'chart-narrow' });
    const doc = parse(svg);
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts.join(' ')).not.toContain('Ghi chú một.');
    expect(texts).toContain('Nguồn: Quận ủy A, Báo cáo.');
    expect(doc.querySelector('svg')!.getAttribute('class')).toBe('chart chart-narrow');
    expect(doc.querySelector('title')!.id).toBe('thu-hep-tieu-de');
    expect(doc.querySelector('desc')!.textContent).toBe('Mô tả');
  });
  it('draws a target beside results as an outline, not a filled bar', () => {
    const data = [
      ...model().data,
      { observationId: 'a-3', label: 'Chỉ tiêu', value: 30, shown: 30, valueLabel: '30', role: 'target' as const, href: '/c/' },
    ];
    const rects = [...parse(renderChart(model({ data }), '').svg).querySelectorAll('g.mark rect')];
    expect(rects.map((r) => r.getAttribute('fill'))).toEqual([CHART.bar, CHART.bar, CHART.paper]);
  });

  describe('the feed image (1080 px wide)', () => {
    const bars = (n: number, label = 'Quận') =>
      Array.from({ length: n }, (_, i) => ({
        observationId: `a-${i}`,
        label: `${label} ${i + 1}`,
        sublabel: '2020 – 2022',
        value: 10 + i,
        shown: 10 + i,
        valueLabel: String(10 + i),
        href: '/a/',
      }));
    const six = ['Một.', 'Hai.', 'Ba.', 'Bốn.', 'Năm.', 'Sáu.'];
    const longLabel = 'Tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ';
    const cases = {
      'two bars, six notes and the districts’ status': model({ notes: six, areasNote: 'Quận A là đơn vị hành chính đến hết 30/6/2025.' }),
      'four bars with long labels': model({ data: bars(4, longLabel), notes: six }),
      'forty bars': model({ data: bars(40), notes: six, legend: ['Vạch đỏ: chỉ tiêu.'] }),
    };
    const px = (image: { svg: string; width: number }) => (smallestFontSize(image.svg) * 1080) / image.width;
    it.each(Object.entries(cases))('%s: no text under 28 px and at least 70% chart', (_, m) => {
      const { square } = chartImages(m, '');
      expect(px(square)).toBeGreaterThanOrEqual(28);
      expect(chartShare(square)).toBeGreaterThanOrEqual(CHART_SHARE);
    });
    it('is square when a square holds it, 4:5 when that does, and as tall as the chart only beyond', () => {
      const ratio = (m: ChartModel) => {
        const { square } = chartImages(m, '');
        return square.height / square.width;
      };
      expect(ratio(cases['two bars, six notes and the districts’ status'])).toBe(1);
      expect(ratio(cases['four bars with long labels'])).toBe(5 / 4);
      expect(ratio(cases['forty bars'])).toBeGreaterThan(5 / 4);
    });
    it('leaves the districts’ status to the chart’s address, counted with the notes, only when it would not fit', () => {
      const text = (m: ChartModel) => chartImages(m, '').square.svg.replace(/<[^>]+>/g, ' ');
      expect(text(cases['two bars, six notes and the districts’ status'])).toContain('đơn vị hành chính');
      const crowded = model({ data: bars(9), notes: six, caveat: 'Một.', areasNote: 'Quận A là đơn vị hành chính đến hết 30/6/2025.' });
      expect(text(crowded)).not.toContain('đơn vị hành chính');
      expect(text(crowded)).toContain('(thêm 6 ghi chú)');
    });
  });
});
