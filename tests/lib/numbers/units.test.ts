import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../../src/lib/numbers/format.ts';
import { conversionFactor, convertValue, printedWithUnit, unitMismatch, unitScale } from '../../../src/lib/numbers/units.ts';

describe('units', () => {
  it('converts within a scale: area in ha, km2 and m2; money in đồng, triệu đồng and tỷ đồng', () => {
    expect(convertValue(10.72, 'km2', 'ha')).toBeCloseTo(1072);
    expect(convertValue(3500, 'm2', 'ha')).toBeCloseTo(0.35);
    expect(convertValue(27600, 'triệu đồng', 'đồng')).toBe(27_600_000_000);
    expect(convertValue(27.6, 'tỷ đồng', 'triệu đồng')).toBeCloseTo(27_600);
    expect(conversionFactor('km²', 'km2')).toBe(1);
  });

  it('refuses to file a measured value under another scale, or a count under a measure', () => {
    expect(unitMismatch('km2', 'ha')).toBeUndefined();
    expect(unitMismatch('triệu đồng', 'đồng')).toBeUndefined();
    expect(unitMismatch('ha', 'đồng')).toMatch(/"ha" \(diện tích\) không đổi được sang đơn vị của chỉ tiêu "đồng" \(số tiền\)/);
    expect(unitMismatch('km2', 'tổ chức')).toMatch(/đơn vị đếm/);
    expect(unitMismatch('người', '%')).toMatch(/tỷ lệ phần trăm/);
    expect(unitMismatch('%', '‰')).toBeDefined();
  });

  it('lets count nouns differ as printed: "đồng chí" counts the same people as "đảng viên"', () => {
    expect(unitMismatch('đồng chí', 'đảng viên')).toBeUndefined();
    expect(unitScale('lượt')).toBeUndefined();
  });

  it('shows a measured unit beside a figure printed without it', () => {
    expect(printedWithUnit({ printed: '10,72', unit: 'km2' })).toBe('10,72 km²');
    expect(printedWithUnit({ printed: '204,6 ha', unit: 'ha' })).toBe('204,6 ha');
    expect(printedWithUnit({ printed: '27.600', unit: 'triệu đồng' })).toBe('27.600 triệu đồng');
    expect(printedWithUnit({ printed: '11.361', unit: 'đảng viên' })).toBe('11.361');
    // The sign the site adds stands as every computed percentage does ("0,77 xuống 0,32%": the first printed bare).
    expect(printedWithUnit({ printed: '0,77', unit: '%' })).toBe(formatNumber(0.77, 'figure', '%'));
  });
});
