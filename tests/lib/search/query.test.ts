import { describe, expect, it } from 'vitest';
import { exactMatchCount, mergeResults, queryVariants } from '../../../src/lib/search/query.ts';

describe('queryVariants', () => {
  it('tries đ for every word that starts with d', () => {
    expect(queryVariants('dang vien')).toEqual(['dang vien', 'đang vien']);
    expect(queryVariants('DANG VIEN')).toEqual(['DANG VIEN', 'ĐANG VIEN']);
    expect(queryVariants('don thu duc giang')).toEqual(['don thu duc giang', 'don thu đuc giang', 'đon thu duc giang', 'đon thu đuc giang']);
  });
  it('leaves words with diacritics and other words alone', () => {
    expect(queryVariants('đảng viên')).toEqual(['đảng viên']);
    expect(queryVariants('11.361')).toEqual(['11.361']);
    expect(queryVariants('  ')).toEqual([]);
  });
  it('caps the number of searches', () => {
    expect(queryVariants('d d d d d d')).toHaveLength(16);
  });
});

describe('exactMatchCount', () => {
  it('rewards text with the diacritics the reader typed', () => {
    expect(exactMatchCount('đảng viên', 'Số đảng viên mới')).toBe(2);
    expect(exactMatchCount('đảng viên', 'đang viên')).toBe(1);
    expect(exactMatchCount('dang vien', 'đảng viên')).toBe(0);
  });
});

describe('mergeResults', () => {
  it('keeps each result once with its best score, best first', () => {
    expect(mergeResults([[{ id: 'a', score: 1 }, { id: 'b', score: 3 }], [{ id: 'a', score: 5 }]])).toEqual([{ id: 'a', score: 5 }, { id: 'b', score: 3 }]);
  });
});
