import { describe, expect, it } from 'vitest';
import { missingFigure, placeWithoutResults, type SearchArea } from '../../../src/lib/search/answer.ts';

const areas: SearchArea[] = [
  { name: 'Hà Nội', label: 'thành phố Hà Nội' },
  { name: 'Long Biên', label: 'quận Long Biên', parent: 'Hà Nội' },
  { name: 'Đống Đa', label: 'quận Đống Đa', parent: 'Hà Nội' },
  { name: 'Nam Từ Liêm', label: 'quận Nam Từ Liêm', parent: 'Hà Nội' },
  { name: 'Đức Giang', label: 'phường Đức Giang', parent: 'Long Biên' },
];
const admissions = { name: 'Số đảng viên kết nạp', areas: ['Đức Giang', 'Nam Từ Liêm'] };

describe('missingFigure', () => {
  it('says the asked place has no such figure and offers a ward of it first', () => {
    expect(missingFigure(['Long Biên'], [admissions], areas)).toEqual({
      sentence:
        'Các báo cáo của quận Long Biên không có số liệu “số đảng viên kết nạp”; có ở phường Đức Giang (thuộc quận Long Biên), xếp trước dưới đây.',
      nearby: ['Đức Giang'],
    });
  });

  it('offers the places beside it when none of its wards has the figure', () => {
    expect(missingFigure(['Đống Đa'], [admissions], areas)?.nearby).toEqual(['Nam Từ Liêm']);
    expect(missingFigure(['Đống Đa'], [{ name: 'Số hộ nghèo', areas: ['Đức Giang'] }], areas)?.nearby).toEqual(['Đức Giang']);
  });

  it('says nothing when the place has a figure of a named indicator, or the query names no place or indicator', () => {
    expect(missingFigure(['Nam Từ Liêm'], [admissions], areas)).toBeUndefined();
    expect(missingFigure([], [admissions], areas)).toBeUndefined();
    expect(missingFigure(['Long Biên'], [], areas)).toBeUndefined();
  });
});

describe('placeWithoutResults', () => {
  it('says the asked place has no result for the words and offers its wards that have; a place beside it is not offered', () => {
    expect(placeWithoutResults(['Long Biên'], 'ngan sach', new Set(['Đức Giang', 'Nam Từ Liêm']), areas)).toEqual({
      sentence:
        'Các báo cáo của quận Long Biên không có kết quả nào cho “ngan sach”; có ở phường Đức Giang (thuộc quận Long Biên), xếp trước dưới đây.',
      nearby: ['Đức Giang'],
    });
    expect(placeWithoutResults(['Đống Đa'], 'thu ngan sach', new Set(['Đức Giang', 'Nam Từ Liêm']), areas)).toEqual({
      sentence: 'Các báo cáo của quận Đống Đa không có kết quả nào cho “thu ngan sach”; các kết quả dưới đây ở nơi khác.',
      nearby: [],
    });
  });

  it('says nothing when a result is of the place, when nothing was found, or when the query names no place or no other word', () => {
    expect(placeWithoutResults(['Long Biên'], 'ngan sach', new Set(['Long Biên', 'Đức Giang']), areas)).toBeUndefined();
    expect(placeWithoutResults(['Long Biên'], 'ngan sach', new Set(), areas)).toBeUndefined();
    expect(placeWithoutResults([], 'ngan sach', new Set(['Đức Giang']), areas)).toBeUndefined();
    expect(placeWithoutResults(['Long Biên'], '', new Set(['Đức Giang']), areas)).toBeUndefined();
  });

  it('counts any of the places named: a query naming two places is answered if either has results', () => {
    expect(placeWithoutResults(['Long Biên', 'Nam Từ Liêm'], 'ngan sach', new Set(['Nam Từ Liêm']), areas)).toBeUndefined();
  });
});
