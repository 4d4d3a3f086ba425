import { describe, expect, it } from 'vitest';
import { emphasizeFigure, printedOfTitle } from '../../../src/lib/search/snippet.ts';

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
