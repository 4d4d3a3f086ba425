import { describe, expect, it } from 'vitest';
import { mineAbbreviations, upperCaseTokens } from '../../../src/lib/text/abbreviations.ts';

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
});
