import { describe, expect, it } from 'vitest';
import { missingSentences, sourceSentences } from '../../../src/lib/edition/fidelity.ts';

describe('fidelity check', () => {
  const source = 'Phần thứ hai**NHIỆM VỤ**\n\n- Có **106** tổ chức⁽⁶⁾. Đạt 92,1%.\n\n⁶ Chú thích: 21/25 tổ chức.\n\nLượt xem: 4473\n';
  it('splits the source into sentences without form marks', () => {
    expect(sourceSentences(source, ['Lượt xem: 4473'])).toEqual([
      'Phần thứ hai NHIỆM VỤ',
      'Có 106 tổ chức.',
      'Đạt 92,1%.',
      'Chú thích:',
      '21/25 tổ chức.',
    ]);
  });
  it('finds nothing missing when the page has every sentence', () => {
    const page = 'Phần thứ hai NHIỆM VỤ Có 106 tổ chức. Đạt 92,1%. Chú thích: 21/25 tổ chức.';
    expect(missingSentences(source, page, ['Lượt xem: 4473'])).toEqual([]);
  });
  it('lists a sentence whose words changed', () => {
    const page = 'Phần thứ hai NHIỆM VỤ Có 105 tổ chức. Đạt 92,1%. Chú thích: 21/25 tổ chức.';
    expect(missingSentences(source, page, ['Lượt xem: 4473'])).toEqual(['Có 106 tổ chức.']);
  });
});
