import { describe, expect, it } from 'vitest';
import { periodFor, statedPeriods } from '../../../src/lib/text/duration.ts';

const only = (text: string) => {
  const periods = statedPeriods(text);
  expect(periods, text).toHaveLength(1);
  return periods[0]!;
};

describe('statedPeriods', () => {
  it('reads lengths of time with the words they rest on', () => {
    expect(only('Trong 5 năm qua, Quận ủy đã tổ chức 261 lớp')).toMatchObject({ kind: 'length', years: 5, text: 'Trong 5 năm qua' });
    expect(only('sau 05 năm thực hiện Nghị quyết')).toMatchObject({ kind: 'length', years: 5 });
    expect(only('sau hơn 2 năm thực hiện KL 01')).toMatchObject({ kind: 'length', years: 2, qualifier: 'hơn' });
    expect(only('trong gần 3 năm')).toMatchObject({ years: 3, qualifier: 'gần' });
    expect(only('6 năm qua, toàn quận')).toMatchObject({ years: 6 });
    expect(only('trong hai năm')).toMatchObject({ years: 2 });
  });
  it('reads the first months of a year as a length from January', () => {
    expect(only('9 tháng đầu năm 2022, thu ngân sách đạt')).toMatchObject({
      kind: 'length',
      years: 0.75,
      fromYearStart: true,
      startYear: 2022,
    });
    expect(only('6 tháng đầu năm, ...')).toMatchObject({ years: 0.5, fromYearStart: true });
    expect(only('9 tháng năm 2022, quận đã kết nạp 86 quần chúng')).toMatchObject({
      text: '9 tháng năm 2022',
      years: 0.75,
      fromYearStart: true,
      startYear: 2022,
    });
    expect(only('trong 2 quý đầu năm 2022 là 1.773 người')).toMatchObject({ years: 0.5, fromYearStart: true, startYear: 2022 });
  });
  it('reads a whole term as the span of a target', () => {
    expect(only('đạt 79,85% chỉ tiêu nhiệm kỳ;')).toMatchObject({ kind: 'term', years: 5, text: 'chỉ tiêu nhiệm kỳ' });
    expect(only('kết nạp 700 đảng viên trong cả nhiệm kỳ')).toMatchObject({ kind: 'term', years: 5 });
    expect(statedPeriods('chỉ tiêu nhiệm kỳ 2020 - 2025').map((p) => p.kind)).toEqual(['years']);
  });
  it('reads named calendar years and terms', () => {
    expect(only('giai đoạn 2015 – 2020')).toMatchObject({ kind: 'years', startYear: 2015, endYear: 2020 });
    expect(only('nhiệm kỳ 2020 - 2025')).toMatchObject({ kind: 'years', startYear: 2020, endYear: 2025 });
    expect(only('Năm 2019, thu ngân sách')).toMatchObject({ kind: 'years', startYear: 2019, endYear: 2019 });
    expect(only('từ đầu nhiệm kỳ đến nay')).toMatchObject({ kind: 'since-term-start' });
    expect(only('kết quả nửa đầu nhiệm kỳ')).toMatchObject({ kind: 'half-term', years: 2.5 });
  });
  it('ignores anniversaries, ages and bare counts of years that are not a period', () => {
    expect(statedPeriods('kỷ niệm 90 năm thành lập Đảng')).toEqual([]);
    expect(statedPeriods('đảng viên 30 năm tuổi đảng')).toEqual([]);
    expect(statedPeriods('Huy hiệu 40 năm tuổi Đảng')).toEqual([]);
  });
});

describe('periodFor', () => {
  it('takes the period stated before a figure in its sentence, else the one after it', () => {
    const text = 'Năm 2018, thu 25 tỷ. Trong 5 năm qua, Quận ủy mở 261 lớp; 9 tháng đầu năm 2022, kết nạp 40 đảng viên.';
    expect(periodFor(text, text.indexOf('25'))).toMatchObject({ startYear: 2018 });
    expect(periodFor(text, text.indexOf('261'))).toMatchObject({ years: 5 });
    expect(periodFor(text, text.indexOf('40'))).toMatchObject({ years: 0.75 });
    const after = 'Kết nạp 559 đảng viên trong nửa đầu nhiệm kỳ.';
    expect(periodFor(after, after.indexOf('559'))).toMatchObject({ kind: 'half-term' });
    expect(periodFor('Có 11.361 đảng viên.', 3)).toBeUndefined();
  });
});
