import { describe, expect, it } from 'vitest';
import { emphasizeFigure, keepTypedMarks, printedOfTitle } from '../../../src/lib/search/snippet.ts';

describe('a figure’s snippet', () => {
  it('reads the printed figure from the title', () => {
    expect(printedOfTitle('313 — Hội nghị đối thoại (MTTQ quận)')).toBe('313');
    expect(printedOfTitle('900 - 1000 — Đoàn viên thanh niên kết nạp mới')).toBe('900 - 1000');
  });
  it('puts the figure in bold where it stands whole, marks kept', () => {
    expect(emphasizeFigure('tổ chức 313 <mark>hội</mark> nghị', '313')).toBe('tổ chức <strong>313</strong> <mark>hội</mark> nghị');
    expect(emphasizeFigure('có <mark>11.361</mark> đảng viên', '11.361')).toBe('có <mark><strong>11.361</strong></mark> đảng viên');
    expect(emphasizeFigure('năm 2020 có 02 đơn', '02')).toBe('năm 2020 có <strong>02</strong> đơn');
  });
  it('leaves the snippet as it is when the figure is not there whole', () => {
    expect(emphasizeFigure('năm 2020', '02')).toBe('năm 2020');
    expect(emphasizeFigure('<mark>6.203,637</mark> tỷ đồng', '6.203,637 tỷ đồng')).toBe('<mark>6.203,637</mark> tỷ đồng');
  });
});

describe('marks that match what was typed', () => {
  it('with diacritics typed, marks only the same syllables, and a phrase only where it stands whole', () => {
    expect(
      keepTypedMarks('<mark>đảng</mark> <mark>viên</mark> và cán bộ <mark>đang</mark> học, <mark>viên</mark> chức', ['đảng', 'viên']),
    ).toBe('<mark>đảng</mark> <mark>viên</mark> và cán bộ đang học, viên chức');
    expect(keepTypedMarks('<mark>thu</mark> ngân sách, <mark>thương</mark> mại, <mark>Thu</mark>', ['thu'])).toBe(
      '<mark>thu</mark> ngân sách, thương mại, <mark>Thu</mark>',
    );
  });
  it('without diacritics typed, marks every reading of the words', () => {
    expect(keepTypedMarks('<mark>đảng</mark> <mark>viên</mark>, <mark>đang</mark> <mark>viên</mark>', ['dang', 'vien'])).toBe(
      '<mark>đảng</mark> <mark>viên</mark>, <mark>đang</mark> <mark>viên</mark>',
    );
  });
  it('drops the lone mark of a word typed only within a phrase, and marks of words not typed', () => {
    expect(keepTypedMarks('<mark>kết</mark> <mark>nạp</mark> 71 người; <mark>nạp</mark> tiền; <mark>hộ</mark>', ['kết', 'nạp'])).toBe(
      '<mark>kết</mark> <mark>nạp</mark> 71 người; nạp tiền; hộ',
    );
  });
});
