import { describe, expect, it } from 'vitest';
import { formatPeriod, formatValue, periodYears } from '../../../src/lib/numbers/format.ts';

describe('vi-VN formatting', () => {
  it('formats values with their unit', () => {
    expect(formatValue(11361, 'đảng viên')).toBe('11.361 đảng viên');
    expect(formatValue(92.1, '%')).toBe('92,1%');
    expect(formatValue(27600000000, 'đồng')).toBe('27,6 tỷ đồng');
    expect(formatValue(480000000, 'đồng')).toBe('480 triệu đồng');
  });
  it('formats periods and points in time', () => {
    expect(formatPeriod({ periodStart: '2020', periodEnd: '2023-03' })).toBe('2020 – tháng 03/2023');
    expect(formatPeriod({ periodStart: '2021', periodEnd: '2021' })).toBe('năm 2021');
    expect(formatPeriod({ asOf: '2023-03' })).toBe('tại tháng 03/2023');
  });
  it('measures period length in years', () => {
    expect(periodYears({ periodStart: '2015', periodEnd: '2019' })).toBe(5);
    expect(periodYears({ periodStart: '2020', periodEnd: '2023-03' })).toBe(3.25);
    expect(periodYears({})).toBeUndefined();
  });
});
