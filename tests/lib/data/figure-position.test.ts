import { describe, expect, it } from 'vitest';
import { placeInQuotes, printedOffsets } from '../../../src/lib/data/figure-position.ts';

describe('printedOffsets', () => {
  it('finds a figure only where it stands as a whole number', () => {
    expect(printedOffsets('nhiệm kỳ 2020-2025, có 02 trường hợp', '02')).toEqual([23]);
    expect(printedOffsets('đạt 1.083 đảng viên, 83 chi bộ', '83')).toEqual([21]);
    expect(printedOffsets('đạt 92,1%, tăng 2,1%', '2,1%')).toEqual([16]);
    expect(printedOffsets('năm 2019 và 19 tổ', '19')).toEqual([12]);
    expect(printedOffsets('tại 10/10 phường: 10 Chủ tịch', '10')).toEqual([18]);
    expect(printedOffsets('tại 10/10 phường', '10/10')).toEqual([4]);
  });
  it('finds every occurrence and figures that begin or end with words', () => {
    expect(printedOffsets('133 chi hội/133 tổ dân phố', '133')).toEqual([0, 12]);
    expect(printedOffsets('đạt trên 28%, trên 28', 'trên 28%')).toEqual([4]);
  });
});

describe('placeInQuotes', () => {
  it('gives rows sharing a quote and printed text successive occurrences, in row order', () => {
    const quote = 'Khiển trách: 20, Cảnh cáo 03, Khai trừ: 03.';
    const rows = [{ anchor: 'p-1', quote, printed: '03' }, { anchor: 'p-1', quote, printed: '03' }, { anchor: 'p-1', quote, printed: '20' }];
    expect([...placeInQuotes(rows).values()]).toEqual([26, 40, 13]);
  });
  it('leaves a figure unplaced when its quote does not hold it', () => {
    const row = { anchor: 'p-1', quote: 'năm 2020', printed: '02' };
    expect(placeInQuotes([row]).get(row)).toBeUndefined();
  });
});
