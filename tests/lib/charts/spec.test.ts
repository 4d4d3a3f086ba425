import { describe, expect, it } from 'vitest';
import { buildChartModel, chartSpecSchema, checkChartSpec, describeChart } from '../../../src/lib/charts/spec.ts';
import { siteData } from '../../../src/lib/data/site-data.ts';

// Specs are checked against the real, validated data: the figures cited here are in data/observations.csv.
const data = siteData();
const spec = (fields: Record<string, string>) =>
  chartSpecSchema.parse({
    id: 'thu',
    kind: 'comparison',
    title: 'Biểu đồ thử',
    subtitle: 'Phụ đề thử',
    observations: '',
    annotations: '',
    rate: '',
    denominators: '',
    notes: '',
    featured: '',
    ...fields,
  });

describe('checkChartSpec', () => {
  it('names unknown observations, mixed units and missing denominators', () => {
    expect(checkChartSpec(spec({ observations: 'ntl-075 khong-co-001' }), data)).toEqual([
      expect.stringContaining('"khong-co-001" không tồn tại'),
    ]);
    expect(checkChartSpec(spec({ observations: 'ntl-075 ntl-076' }), data)).toEqual([expect.stringContaining('khác đơn vị')]);
    expect(checkChartSpec(spec({ observations: 'ntl-043 dg-161', rate: 'per-1000-members' }), data)).toEqual([
      expect.stringContaining('denominators'),
    ]);
    expect(checkChartSpec(spec({ observations: 'ntl-075 dd-001', kind: 'target' }), data)).toEqual([expect.stringContaining('a/b')]);
  });
  it('lets targets of different units share a chart', () => {
    expect(checkChartSpec(spec({ observations: 'ntl-043 ntlb-001', kind: 'target' }), data)).toEqual([]);
  });
});

describe('buildChartModel', () => {
  it('turns totals over different periods into yearly averages and says so', () => {
    // 147 classes in 2020 – 3/2023 (3,25 years), 24 in 2020–2022 (3 years).
    const model = buildChartModel(spec({ observations: 'ntl-075 dd-001', rate: 'per-year' }), data);
    expect(model.data.map((d) => d.value)).toEqual([147 / 3.25, 8]);
    expect(model.data.map((d) => d.valueLabel)).toEqual(['45,2', '8']);
    expect(model.data.map((d) => d.sublabel)).toEqual(['2020\u00a0–\u00a03/2023', '2020\u00a0–\u00a02022']);
    expect(model.notes[0]).toMatch(/Kỳ số liệu khác nhau.*bình quân mỗi năm/);
    expect(model.valueLabel).toBe('lớp mỗi năm (bình quân)');
  });
  it('computes admissions per year per 1,000 members from the ratio’s numerator', () => {
    const model = buildChartModel(
      spec({ observations: 'ntl-043 dg-161', rate: 'per-year-per-1000-members', denominators: 'ntl-063 dg-004' }),
      data,
    );
    expect(model.data[0]!.value).toBeCloseTo((559 / 3.25 / 11361) * 1000, 6);
    expect(model.data[0]!.annotation).toBe('559 trong 3,25 năm, trên 11.361 đảng viên (tại tháng 2/2023)');
    expect(model.valueLabel).toBe('đảng viên trên 1.000 đảng viên mỗi năm (bình quân)');
  });
  it('draws targets of different units as shares of their own target', () => {
    const model = buildChartModel(spec({ observations: 'ntl-043 ntlb-003', kind: 'target' }), data);
    expect(model.data.map((d) => [d.value, d.target])).toEqual([
      [(559 / 700) * 100, 100],
      [(3057 / 2400) * 100, 100],
    ]);
    expect(model.data[1]!.valueLabel).toBe('3057/2400 đoàn viên (127,4%)');
    expect(model.valueLabel).toBe('% chỉ tiêu');
  });
  it('labels a one-area target series by year and composition parts by category with shares', () => {
    const target = buildChartModel(spec({ observations: 'dg-046 dg-054', kind: 'target' }), data);
    expect(target.data.map((d) => [d.label, d.value, d.target, d.valueLabel])).toEqual([
      ['2015', 121, 100, '121/100 (121%)'],
      ['2019', 260, 140, '260/140 (185,7%)'],
    ]);
    const parts = buildChartModel(spec({ observations: 'ntl-120 ntl-121 ntl-122', kind: 'composition' }), data);
    expect(parts.data.map((d) => d.valueLabel)).toEqual(['20 (76,9%)', '3 (11,5%)', '3 (11,5%)']);
    expect(describeChart(parts)).toBe('Phụ đề thử. Khiển trách: 20 (76,9%); Cảnh cáo: 3 (11,5%); Khai trừ: 3 (11,5%).');
  });
  it('carries sources and comparability notes when areas differ', () => {
    const model = buildChartModel(spec({ observations: 'ntl-119 lb-044', rate: 'per-year' }), data);
    expect(model.sources).toHaveLength(2);
    expect(model.notes.some((n) => n.startsWith('Đảng viên bị thi hành kỷ luật: '))).toBe(true);
  });
});
