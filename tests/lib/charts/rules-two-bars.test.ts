import { describe, expect, it } from 'vitest';
import { twoBarsReason } from '../../../src/lib/charts/rules-two-bars.ts';
import type { ChartSpec } from '../../../src/lib/charts/spec.ts';
import type { Indicator } from '../../../src/lib/data/indicators.ts';
import { observation as o } from '../../support/observation.ts';

const indicator = (id: string, comparability: Indicator['comparability'] = 'comparable-with-care'): [string, Indicator] => [
  id,
  { id, name: id, definition: '', unit: 'lớp', topic: '', comparability, comparability_note: '' },
];
const indicators = new Map([indicator('x'), indicator('y', 'not-comparable')]);
const reason = (
  kind: 'comparison' | 'time-series' | 'composition' | 'target',
  observations: ReturnType<typeof o>[],
  rate: ChartSpec['rate'] = '',
) => twoBarsReason({ kind, rate }, observations, indicators);

describe('two bars only for the comparison a reader came for', () => {
  it('keeps a result beside its target ("64/54 công đoàn", "kết quả và chỉ tiêu")', () => {
    expect(reason('comparison', [o({ value: 64 }), o({ value: 54, category: 'chỉ tiêu nhiệm kỳ' })])).toBeUndefined();
    expect(reason('target', [o({ value: 559 }), o({ value: 3057 })])).toBeUndefined();
  });

  it('keeps a change one paragraph states between two periods, not two dates from two texts', () => {
    const stated = { report: 'duc-giang', anchor: 'p-29', unit: 'hộ' };
    const poor = [2015, 2019].map((y, i) => o({ ...stated, periodStart: String(y), periodEnd: String(y), value: 40 - i * 30 }));
    expect(reason('time-series', poor)).toBeUndefined();
    // A newspaper's "gần 11.000" (10/2022) and a report's 11.361 (2/2023): no text states that change.
    const members = [o({ report: 'bao', asOf: '2022-10', value: 11000 }), o({ report: 'bao-cao', asOf: '2023-02', value: 11361 })];
    expect(reason('time-series', members)).toContain('ở hai đoạn văn khác nhau');
  });

  it('keeps two areas counted the same way: as a rate, per year, or over one period, on an indicator readers compare', () => {
    const nam = o({ periodStart: '2020', periodEnd: '2023-03', value: 147 });
    const long = o({ area: 'quan-b', periodStart: '2017-07', periodEnd: '2022-09', value: 180 });
    expect(reason('comparison', [nam, long], 'per-year')).toBeUndefined();
    expect(reason('comparison', [nam, long])).toContain('hai địa bàn');
    expect(reason('comparison', [nam, { ...long, periodStart: '2020', periodEnd: '2023-03' }])).toBeUndefined();
    expect(reason('comparison', [o({ unit: '%', value: 90 }), o({ area: 'quan-b', unit: '%', value: 92 })])).toBeUndefined();
    expect(
      reason('comparison', [
        { ...nam, indicator: 'y' },
        { ...long, indicator: 'y', periodStart: '2020', periodEnd: '2023-03' },
      ]),
    ).toContain('hai địa bàn');
  });

  it('sends two groups of one sentence, or a total’s two parts, to the table with the reason', () => {
    // "17 đồng chí đi học … tại quận Cầu Giấy", "07 đ/c đi học … tại trường Lê Hồng Phong".
    const places = ['Cầu Giấy', 'Lê Hồng Phong'].map((category, i) => o({ category, value: 17 - i * 10, printed: ['17', '07'][i] }));
    expect(reason('comparison', places)).toMatch(/^chỉ hai nhóm trong một đoạn văn \(17 ở t-\d+ và 07 ở t-\d+\)/);
    // "đã xóa tên, cho ra khỏi Đảng 78 trường hợp (Xóa tên 48; ra khỏi đảng 30)".
    const parts = [48, 30].map((value) => o({ value, printed: String(value) }));
    expect(reason('composition', parts)).toContain('tổng chỉ có hai phần (48 ở');
  });

  it('says nothing about one bar or three', () => {
    expect(reason('comparison', [o({ category: 'a' })])).toBeUndefined();
    expect(
      reason(
        'comparison',
        ['a', 'b', 'c'].map((category) => o({ category })),
      ),
    ).toBeUndefined();
  });
});
