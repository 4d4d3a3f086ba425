import { describe, expect, it } from 'vitest';
import { measureCoverage, ruleSpans } from '../../../src/lib/data/coverage.ts';

const rulesOf = (text: string) => ruleSpans(text).map(([a, b]) => text.slice(a, b));

describe('numbers that are not figures', () => {
  it('recognises dates, years, times and document numbers', () => {
    expect(rulesOf('Nam Từ Liêm, ngày 10 tháng 4 năm 2023')).toEqual(expect.arrayContaining(['2023', 'tháng 4', 'ngày 10']));
    expect(rulesOf('Nghị quyết số 15-NQ/TU, ngày 04/7/2017')).toEqual(expect.arrayContaining(['04/7/2017']));
    expect(rulesOf('Số 274/BC/QU')).toEqual(['274/BC/QU']);
    expect(rulesOf('Nghị quyết số 97/2019/QH14 của Quốc hội')).toContain('97/2019/QH14');
    expect(rulesOf('thực hiện Nghị quyết 15 & Chỉ thị 15')).toEqual(['15', '15']);
    expect(rulesOf('dịch Covid-19')).toEqual(['19']);
    expect(rulesOf('4.1. Thu ngân sách')).toEqual(['4.1.']);
    expect(rulesOf('Đến tháng 3/2023 có')).toContain('tháng 3/2023');
    expect(rulesOf('giai đoạn 2020-2025')).toEqual(['2020', '2025']);
  });
  it('recognises the dates newspapers print without a year, dotted dates and phone numbers', () => {
    expect(rulesOf('Sáng 8-8, Đảng bộ phường tổ chức Đại hội')).toEqual(['8-8']);
    expect(rulesOf('Ngày 19.4.2019, mô hình được biểu dương')).toContain('19.4.2019');
    expect(rulesOf('chào mừng Quốc khánh 2/9')).toEqual(['2/9']);
    expect(rulesOf('Đường dây nóng: 0243.8253.536 hoặc 0904 123 456')).toEqual(['0243.8253.536', '0904 123 456']);
  });
  it('leaves counts, amounts and rates alone', () => {
    expect(rulesOf('có 106 tổ chức với 1.083 đảng viên, đạt 92,1%, thu 27,6 tỷ đồng, 559/700')).toEqual([]);
    expect(rulesOf('biên tập 4000 cuốn; 3362 đảng viên')).toEqual([]);
    expect(rulesOf('thi hành kỷ luật 4 trường hợp; tăng 8-10% so với năm trước; 1.300.000 đồng')).toEqual([]);
  });
});

describe('measureCoverage', () => {
  const blocks = [
    { id: 'p-1', kind: 'paragraph' as const, text: 'Năm 2022 kết nạp 559/700 đảng viên, đạt 79,85%; tổ chức SEA Games 31 với 200 tình nguyện viên.' },
  ];
  it('counts figures, covered ones and listed exclusions, and lists the rest', () => {
    const result = measureCoverage(
      'r',
      blocks,
      [{ anchor: 'p-1', quote: 'Năm 2022 kết nạp 559/700 đảng viên, đạt 79,85%;', printed: '559/700' }],
      [{ report: 'r', printed: '31', quote: 'SEA Games 31', reason: 'tên sự kiện' }],
    );
    expect(result).toMatchObject({ figures: 4, covered: 2, excluded: 1 });
    expect(result.uncovered.map((u) => u.text)).toEqual(['79,85', '200']);
  });
  it('reports exclusions that no longer match the text', () => {
    expect(measureCoverage('r', blocks, [], [{ report: 'r', printed: '9', quote: 'không có', reason: 'x' }]).staleExclusions).toHaveLength(1);
  });
});
