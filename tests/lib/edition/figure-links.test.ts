import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { placeInQuotes } from '../../../src/lib/data/figure-position.ts';
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
    {
      type: 'element',
      tagName: 'sup',
      properties: {},
      children: [{ type: 'element', tagName: 'a', properties: { dataFootnoteRef: '' }, children: [text('6')] }],
    },
    text(', kết nạp 559/700 đảng viên.'),
  ],
});
const figure = (printed: string, quote: string, id = 'x-1') => ({ id, href: `/so-lieu/ket-nap/#${id}`, anchor: 'p-3', printed, quote });
const wrapAlone = (p: Element, f: ReturnType<typeof figure>) => wrapFigure(p, f, placeInQuotes([f]).get(f));
const flatten = (n: Element | { type: string; value?: string; children?: unknown[] }): string =>
  'value' in n && n.value !== undefined ? n.value : ((n as Element).children ?? []).map((c) => flatten(c as Element)).join('');

describe('wrapFigure', () => {
  it('links a figure inside emphasis and one after a footnote marker, leaving the text as it was', () => {
    const p = paragraph();
    expect(wrapAlone(p, figure('106', 'Đến nay có 106 tổ chức đảng, kết nạp 559/700 đảng viên.'))).toBe(true);
    expect(wrapAlone(p, figure('559/700', 'kết nạp 559/700 đảng viên.'))).toBe(true);
    const links = JSON.stringify(p).match(/"figure"/g);
    expect(links).toHaveLength(2);
    // Each holds exactly its printed figure under the figure's own id, which search hits and citations land on.
    expect(JSON.stringify(p)).toContain('"id":"so-lieu-x-1","href":"/so-lieu/ket-nap/#x-1"');
    expect(flatten(p)).toBe('Đến nay có 106 tổ chức đảng6, kết nạp 559/700 đảng viên.');
  });
  it('does nothing when the quote is not in the block', () => {
    expect(wrapAlone(paragraph(), figure('12', 'không có câu này 12'))).toBe(false);
  });
  it('gives a figure printed twice in one sentence to each of its rows in turn', () => {
    const quote = 'Giải quyết 02 đơn tố cáo, 02 đơn khiếu nại kỷ luật về Đảng năm 2020.';
    const p: Element = { type: 'element', tagName: 'p', properties: { id: 'p-3' }, children: [text(quote)] };
    const figures = [figure('02', quote, 'a'), figure('02', quote, 'b')];
    const placed = placeInQuotes(figures);
    for (const f of figures) expect(wrapFigure(p, f, placed.get(f))).toBe(true);
    const links = p.children.filter((c): c is Element => c.type === 'element');
    expect(links.map((l) => l.properties.href)).toEqual([expect.stringContaining('#a'), expect.stringContaining('#b')]);
    expect(flatten(p)).toBe(quote);
  });
});

describe('wrapFigure and the whitespace of the source', () => {
  it('finds a quote stored with single spaces in text that has a double space', () => {
    const p: Element = {
      type: 'element',
      tagName: 'p',
      properties: { id: 'p-3' },
      children: [text('Chuyển 03 đảng bộ; chuyển 01 chi bộ cơ sở  thành Đảng bộ cơ sở.')],
    };
    const f = figure('01', 'Chuyển 03 đảng bộ; chuyển 01 chi bộ cơ sở thành Đảng bộ cơ sở.');
    expect(wrapAlone(p, f)).toBe(true);
    expect(flatten(p)).toBe('Chuyển 03 đảng bộ; chuyển 01 chi bộ cơ sở  thành Đảng bộ cơ sở.');
    expect((p.children[1] as Element).children).toEqual([text('01')]);
  });
});
