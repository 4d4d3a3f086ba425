import { describe, expect, it } from 'vitest';
import { clampPage, pageCount, pageLinks, pageRange, PAGE_SIZE } from '../../../src/lib/search/pages.ts';

describe('result pages', () => {
  it('shows 20 results a page, every result on some page', () => {
    expect(PAGE_SIZE).toBe(20);
    expect(pageCount(0)).toBe(1);
    expect(pageCount(20)).toBe(1);
    expect(pageCount(183)).toBe(10);
    expect(pageRange(10)).toEqual([180, 200]);
  });
  it('keeps a page number from the address within the pages there are', () => {
    expect(clampPage(99, 183)).toBe(10);
    expect(clampPage(0, 183)).toBe(1);
    expect(clampPage(Number.NaN, 183)).toBe(1);
    expect(clampPage(2.7, 183)).toBe(2);
  });
  it('links every page when there are few, else the ends and the pages around the current one', () => {
    expect(pageLinks(1, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(pageLinks(1, 12)).toEqual([1, 2, 3, '…', 12]);
    expect(pageLinks(6, 12)).toEqual([1, '…', 4, 5, 6, 7, 8, '…', 12]);
    expect(pageLinks(4, 12)).toEqual([1, 2, 3, 4, 5, 6, '…', 12]);
  });
});
