import { describe, expect, it } from 'vitest';
import { indicatorMatcher, indicatorsOf, weighsMeaning } from '../../../src/lib/search/indicator-match.ts';

const indicators: [string, string][] = [
  ['hoi-vien-phu-nu', 'Hội viên phụ nữ kết nạp mới'],
  ['nang-luong', 'Nâng lương cán bộ'],
  ['doanh-nghiep', 'Doanh nghiệp'],
  ['ho-kinh-doanh', 'Hộ kinh doanh'],
  ['dang-vien', 'Số đảng viên'],
  ['ket-nap', 'Đảng viên mới được kết nạp'],
  ['can-bo-hoc', 'Cán bộ đi học lý luận chính trị'],
  ['cong-chuc', 'Công chức được đánh giá'],
  ['cong-doan', 'Công đoàn cơ sở thành lập mới'],
  ['cong-trinh', 'Công trình thanh niên'],
];
const wording = {
  'doanh-nghiep': 'kinh doanh và; doanh nghiệp tư nhân',
  'ho-kinh-doanh': 'đăng ký tăng thêm',
  'nang-luong': 'nâng lương thường xuyên; đồng chí',
};
const matcher = indicatorMatcher(indicators, wording);
const meant = matcher.meant;

describe('indicatorMatcher', () => {
  it('finds the indicator holding most of the question’s rare words, names before other wordings', () => {
    expect(meant(['hội', 'phụ', 'nữ', 'kết', 'nạp', 'thêm', 'chị', 'em'])).toEqual(['hoi-vien-phu-nu']);
    expect(meant(['tăng', 'lương', 'cho', 'cán', 'bộ'])).toEqual(['nang-luong']);
  });

  it('finds it by the texts’ wording alone ("tư nhân" for "Doanh nghiệp")', () => {
    expect(meant(['công', 'ty', 'tư', 'nhân'])).toEqual(['doanh-nghiep']);
  });

  it('compares words typed without diacritics folded, with diacritics as typed', () => {
    expect(meant(['tang', 'luong', 'can', 'bo'])).toEqual(['nang-luong']);
    // "lượng" is not "lương".
    expect(meant(['lương'])).toEqual(['nang-luong']);
    expect(meant(['lượng'])).toEqual([]);
  });

  it('reads two words typed without diacritics as the catalogue writes them side by side, and only beside each other', () => {
    const budget: [string, string][] = [
      ['doanh-nghiep', 'Doanh nghiệp'],
      ['tu-duong', 'Tỷ lệ xây dựng kế hoạch tu dưỡng'],
      ['giam-sat', 'Cuộc giám sát đầu tư cộng đồng của Ban Thanh tra nhân dân'],
    ];
    const read = indicatorMatcher(budget, { 'doanh-nghiep': 'doanh nghiệp tư nhân', 'tu-duong': 'rèn luyện cá nhân; cán bộ công chức' });
    // "tu nhan" is "tư nhân": not "tu" of "tu dưỡng" with "nhân" of "cá nhân", nor "tư" of "đầu tư" with "nhân" of "nhân dân".
    expect(read.meant(['tu', 'nhan'])).toEqual(['doanh-nghiep']);
    expect(read.holds('doanh-nghiep', ['cong', 'ty', 'tu', 'nhan'])).toBe(2);
    expect(read.holds('tu-duong', ['cong', 'ty', 'tu', 'nhan'])).toBe(2);
    expect(read.holds('giam-sat', ['cong', 'ty', 'tu', 'nhan'])).toBe(1);
    // Apart, the words are what they fold to.
    expect(read.meant(['tu', 'duong'])).toEqual(['tu-duong']);
  });

  it('means nothing by one word of several, nor by words no indicator holds', () => {
    expect(meant(['lương', 'hưu', 'trí', 'xã', 'hội', 'bảo', 'hiểm'])).toEqual([]);
    expect(meant(['thời', 'tiết'])).toEqual([]);
  });
});

describe('indicatorsOf', () => {
  const plan = (words: string[], asksFigure = true, places: string[] = []) => ({ words, places, asksFigure });

  it('keeps the indicators named word for word when they hold more than half the words', () => {
    expect(indicatorsOf(plan(['đảng', 'viên']), ['dang-vien'], matcher, true)).toEqual({ ids: ['dang-vien'], exact: true });
  });

  it('prefers what the words mean when the named indicator holds fewer than half of them and the meant one more', () => {
    expect(indicatorsOf(plan(['hội', 'phụ', 'nữ', 'kết', 'nạp', 'đảng', 'viên']), ['dang-vien'], matcher, false)).toEqual({
      ids: ['hoi-vien-phu-nu'],
      exact: false,
    });
  });

  it('asks the matcher, when nothing is named, only for questions asking a figure or finding too little, without the place’s words', () => {
    expect(indicatorsOf(plan(['tăng', 'lương', 'cán', 'bộ']), [], matcher, false)).toEqual({ ids: ['nang-luong'], exact: false });
    expect(indicatorsOf(plan(['tăng', 'lương', 'cán', 'bộ'], false), [], matcher, false).ids).toEqual([]);
    expect(indicatorsOf(plan(['tăng', 'lương', 'cán', 'bộ'], false), [], matcher, true).ids).toEqual(['nang-luong']);
    // A place typed alone is searched as its words: they mean no indicator.
    const always = { meant: () => ['x'], holds: () => 9 };
    expect(indicatorsOf(plan(['nam', 'tu', 'liem'], false, ['Nam Từ Liêm']), [], always, true).ids).toEqual([]);
  });

  it('says when it needs the matcher (so the page fetches the wordings only then), and without it keeps what is named', () => {
    expect(weighsMeaning(plan(['hòa', 'giải'], false), [], false)).toBe(false);
    expect(weighsMeaning(plan(['nam', 'tu', 'liem'], true, ['Nam Từ Liêm']), [], true)).toBe(false);
    expect(weighsMeaning(plan(['hòa', 'giải']), [], false)).toBe(true);
    expect(weighsMeaning(plan(['hòa', 'giải'], false), [], true)).toBe(true);
    expect(weighsMeaning(plan(['đảng', 'viên'], false), ['dang-vien'], false)).toBe(true);
    expect(indicatorsOf(plan(['hội', 'phụ', 'nữ', 'kết', 'nạp', 'đảng', 'viên']), ['dang-vien'], undefined, false)).toEqual({
      ids: ['dang-vien'],
      exact: true,
    });
  });
});
