import { describe, expect, it } from 'vitest';
import { mineAbbreviations, pairKey, upperCaseTokens } from '../../../src/lib/text/abbreviations.ts';

describe('mineAbbreviations', () => {
  it('pairs a token with the phrase of the texts whose initials spell it, đ apart from d', () => {
    const mined = mineAbbreviations([
      'Hội đồng nhân dân quận họp; HĐND đã giám sát. Hội đồng nhân dân phường cũng vậy.',
      'Ủy ban nhân dân quận và UBND phường; hôm đó nhiều người dự (HĐND không dự).',
    ]);
    expect(mined).toEqual([
      { abbreviation: 'HĐND', phrase: 'Hội đồng nhân dân', source: 'initials', count: 2 },
      { abbreviation: 'UBND', phrase: 'Ủy ban nhân dân', source: 'initials', count: 1 },
    ]);
  });

  it('takes the texts’ own definition over a commoner phrase with the same initials', () => {
    const mined = mineAbbreviations(['Tặng Huy hiệu Đảng (HHĐ) cho 40 người; hóa hiện đại, hóa hiện đại, hóa hiện đại; HHĐ 30 năm.']);
    expect(mined).toEqual([{ abbreviation: 'HHĐ', phrase: 'Huy hiệu Đảng', source: 'definition', count: 1 }]);
  });

  it('leaves out words set in capitals and roman numerals, and tokens no phrase spells', () => {
    expect([...upperCaseTokens(['PHẦN THỨ NHẤT, khóa XV, Chỉ thị 15-CT/TU, MTTQ'])].sort()).toEqual(['CT', 'MTTQ', 'TU']);
    expect(mineAbbreviations(['MTTQ quận'])).toEqual([]);
  });

  it('ranks the phrase beside the token above a commoner one, and never joins words across punctuation', () => {
    const texts = [
      'Theo Nghị định số 32/NĐ-CP của Chính phủ.',
      'Các phong trào, các phong trào, các phong trào.',
      'công nghiệp hóa, hiện đại hóa; HHĐ',
    ];
    const mined = mineAbbreviations(texts);
    expect(mined.find((a) => a.abbreviation === 'CP')?.phrase).toBe('Chính phủ');
    expect(mined.find((a) => a.abbreviation === 'HHĐ')).toBeUndefined();
  });

  it('keeps a rejected pair with the phrase its reason quotes after it, or nothing when the reason quotes none', () => {
    const texts = [
      'Thành ủy về việc này, Thành ủy về việc kia; đồng chí TUV. Thành ủy viên dự.',
      'Trung tâm thể thao; Thông tri 15-TT/QU.',
    ];
    const review = new Map([
      [pairKey({ abbreviation: 'TUV', phrase: 'Thành ủy về' }), 'TUV là "Thành ủy viên"'],
      [pairKey({ abbreviation: 'TT', phrase: 'Thông tri' }), 'hai nghĩa'],
    ]);
    expect(mineAbbreviations(texts, review).map((a) => `${a.abbreviation} ${a.phrase}`)).toEqual([
      'TT Thông tri',
      'TUV Thành ủy về',
      'TUV Thành ủy viên',
    ]);
    // A pair a person kept stays first, whatever a later count says.
    const kept = new Map([[pairKey({ abbreviation: 'TT', phrase: 'thể thao' }), '']]);
    expect(mineAbbreviations(texts, kept).find((a) => a.abbreviation === 'TT')?.phrase).toBe('thể thao');
  });
});
