import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { ChartModel } from '../../../src/lib/charts/model.ts';
import { CHART_WIDTH, renderChart } from '../../../src/lib/charts/render.ts';
import { textWidth } from '../../../src/lib/charts/text.ts';

const model = (overrides: Partial<ChartModel> = {}): ChartModel => ({
  id: 'thu',
  kind: 'comparison',
  title: 'Lớp bồi dưỡng mỗi năm',
  subtitle: 'Ba quận, bình quân mỗi năm',
  unit: 'lớp',
  valueLabel: 'lớp mỗi năm',
  data: [
    { observationId: 'a-1', label: 'Quận A', sublabel: '2020 – 2022', value: 40, valueLabel: '40', href: '/a/' },
    { observationId: 'a-2', label: 'Quận B', value: 10, valueLabel: '10', href: '/b/' },
  ],
  notes: ['Ghi chú một.'],
  sources: ['Quận ủy A, Báo cáo'],
  credit: 'Báo cáo mở',
  ...overrides,
});

const parse = (svg: string) => parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document;

describe('renderChart', () => {
  it('is an accessible image holding title, subtitle, plot, source, notes and credit', () => {
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
      'Ghi chú: Ghi chú một.',
      'Báo cáo mở',
    ]) {
      expect(texts).toContain(expected);
    }
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
      { observationId: 'a-1', label: '2015', value: 121, valueLabel: '121/100', target: 100, href: '/a/' },
      { observationId: 'a-2', label: '2016', value: 50, valueLabel: '50/100', target: 100, href: '/b/' },
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
      valueLabel: String((i + 1) * 10),
      href: '/',
    }));
    const doc = parse(renderChart(model({ kind: 'time-series', data }), '').svg);
    const heights = [...doc.querySelectorAll('g.mark rect')].map((r) => Number(r.getAttribute('height')));
    expect(heights[1]! / heights[0]!).toBeCloseTo(2, 1);
    expect(heights[2]! / heights[0]!).toBeCloseTo(3, 1);
  });
  it('keeps every left-aligned text line inside the image width, however long the notes', () => {
    const long = 'Văn bản không ghi thời kỳ nên lấy kỳ sơ kết năm năm của nghị quyết; nội dung các lớp khác nhau giữa các quận. '.repeat(4);
    const short = renderChart(model(), '');
    const tall = renderChart(model({ notes: [long, long] }), '');
    expect(tall.height).toBeGreaterThan(short.height);
    for (const text of parse(tall.svg).querySelectorAll('text')) {
      if (text.getAttribute('text-anchor')) continue;
      const right =
        Number(text.getAttribute('x')) +
        textWidth(text.textContent!, Number(text.getAttribute('font-size')), text.getAttribute('font-weight') === '700');
      expect(right).toBeLessThanOrEqual(CHART_WIDTH);
    }
  });
});
