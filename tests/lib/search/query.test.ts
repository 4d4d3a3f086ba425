import { describe, expect, it } from 'vitest';
import { containsPhrase, exactMatchCount, mergeResults, queryVariants } from '../../../src/lib/search/query.ts';

describe('queryVariants', () => {
  it('tries đ for every word that starts with d', () => {
    expect(queryVariants('dang vien')).toEqual(['dang vien', 'đang vien']);
    expect(queryVariants('DANG VIEN')).toEqual(['DANG VIEN', 'ĐANG VIEN']);
    expect(queryVariants('don thu duc giang')).toEqual([
      'don thu duc giang',
      'don thu đuc giang',
      'đon thu duc giang',
      'đon thu đuc giang',
    ]);
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
  const ids = (merged: { result: { id: string } }[]) => merged.map((m) => m.result.id);
  it('keeps each result once with its best score, best first', () => {
    const a = [
      { id: 'a', score: 1 },
      { id: 'b', score: 3 },
    ];
    const b = [
      { id: 'a', score: 5 },
      { id: 'c', score: 1 },
    ];
    expect(ids(mergeResults([a, b]))).toEqual(['a', 'b', 'c']);
    expect(mergeResults([a, b])[0]!.score).toBe(5);
  });
  it('discounts a rare reading: 2 hits for "dong da" weigh less than 200 for "đong đa"', () => {
    const rare = [
      { id: 'dong-chay', score: 15 },
      { id: 'x', score: 1 },
    ];
    const common = Array.from({ length: 200 }, (_, i) => ({ id: i ? `p${i}` : 'dong-da-report', score: i ? 1 : 14 }));
    const merged = ids(mergeResults([rare, common]));
    expect(merged[0]).toBe('dong-da-report');
    expect(merged).toContain('dong-chay');
    expect(merged.indexOf('dong-chay')).toBeGreaterThan(merged.indexOf('p1'));
  });
});

describe('containsPhrase', () => {
  it('finds the typed words together, in order, whatever the diacritics', () => {
    expect(containsPhrase('Nguyen Hoa', 'Tác giả: Nguyên Hoa. Báo Hà Nội Mới')).toBe(true);
    expect(containsPhrase('dong da', 'Quận ủy Đống Đa đã')).toBe(true);
  });
  it('does not count the words apart or inside other words', () => {
    expect(containsPhrase('Nguyen Hoa', 'tình nguyện viên tham gia hòa giải')).toBe(false);
    expect(containsPhrase('dang vien', 'đảng viênx')).toBe(false);
    expect(containsPhrase('vien', 'đảng viên')).toBe(false);
  });
});
