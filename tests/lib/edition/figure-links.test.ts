import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { wrapFigure } from '../../../src/lib/edition/figure-links.ts';

const text = (value: string) => ({ type: 'text' as const, value });
const paragraph = (): Element => ({
  type: 'element',
  tagName: 'p',
  properties: { id: 'p-3' },
  children: [
    text('Đến nay có '),
    { type: 'element', tagName: 'strong', properties: {}, children: [text('106')] },
    text(' tổ chức đảng'),
    { type: 'element', tagName: 'sup', properties: {}, children: [{ type: 'element', tagName: 'a', properties: { dataFootnoteRef: '' }, children: [text('6')] }] },
    text(', kết nạp 559/700 đảng viên.'),
  ],
});
const figure = (printed: string, quote: string) => ({ id: 'x-1', indicator: 'ket-nap', anchor: 'p-3', printed, quote, label: 'nhãn' });

describe('wrapFigure', () => {
  it('links a figure inside emphasis and one after a footnote marker, leaving the text as it was', () => {
    const p = paragraph();
    expect(wrapFigure(p, figure('106', 'Đến nay có 106 tổ chức đảng, kết nạp 559/700 đảng viên.'))).toBe(true);
    expect(wrapFigure(p, figure('559/700', 'kết nạp 559/700 đảng viên.'))).toBe(true);
    const links = JSON.stringify(p).match(/"figure"/g);
    expect(links).toHaveLength(2);
    const flatten = (n: Element | { type: string; value?: string; children?: unknown[] }): string =>
      'value' in n && n.value !== undefined ? n.value : ((n as Element).children ?? []).map((c) => flatten(c as Element)).join('');
    expect(flatten(p)).toBe('Đến nay có 106 tổ chức đảng6, kết nạp 559/700 đảng viên.');
  });
  it('does nothing when the quote is not in the block', () => {
    expect(wrapFigure(paragraph(), figure('12', 'không có câu này 12'))).toBe(false);
  });
});
