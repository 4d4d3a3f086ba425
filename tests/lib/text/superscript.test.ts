import { describe, expect, it } from 'vitest';
import { parseFootnoteDefinition, stripFootnoteMarkers, superscriptToNumber } from '../../../src/lib/text/superscript.ts';

describe('footnote markers', () => {
  it('reads superscript numbers', () => {
    expect(superscriptToNumber('¹')).toBe(1);
    expect(superscriptToNumber('²⁵')).toBe(25);
    expect(() => superscriptToNumber('3')).toThrow(/superscript/);
  });
  it('strips markers in both printed forms but not ⁺ or ‰', () => {
    expect(stripFootnoteMarkers('hiệu quả hoạt động⁽⁶⁾. Đến')).toBe('hiệu quả hoạt động. Đến');
    expect(stripFootnoteMarkers('của Quận¹, biên tập')).toBe('của Quận, biên tập');
    expect(stripFootnoteMarkers('con thứ 3⁺ bình quân; 0,19‰')).toBe('con thứ 3⁺ bình quân; 0,19‰');
  });
  it('recognises a footnote definition line', () => {
    expect(parseFootnoteDefinition('¹⁰ Thực hiện việc sắp xếp')).toEqual({ number: 10, text: 'Thực hiện việc sắp xếp' });
    expect(parseFootnoteDefinition('Thực hiện¹ việc')).toBeNull();
  });
});
