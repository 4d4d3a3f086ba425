import { describe, expect, it } from 'vitest';
import { escapeXml, textWidth, wrapText } from '../../../src/lib/charts/text.ts';

describe('text inside chart images', () => {
  it('wraps to the width and keeps every word', () => {
    const text = 'Tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên ở quận Nam Từ Liêm';
    const lines = wrapText(text, 200, 14);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 14)).toBeLessThanOrEqual(200);
    expect(lines.join(' ')).toBe(text);
  });
  it('puts a word longer than the line on its own line rather than cutting it', () => {
    expect(wrapText('a Nghiêngnghiêngnghiêngnghiêng b', 50, 14)).toEqual(['a', 'Nghiêngnghiêngnghiêngnghiêng', 'b']);
  });
  it('cuts an address too long for the line after its slashes and hyphens', () => {
    const lines = wrapText('Báo cáo mở · baocaomo.vn/bieu-do/ket-nap-dang-vien-tren-1000-dang-vien/', 296, 13, true);
    for (const line of lines) expect(textWidth(line, 13, true)).toBeLessThanOrEqual(296);
    expect(lines.join('').replace(/\s/g, '')).toBe('Báocáomở·baocaomo.vn/bieu-do/ket-nap-dang-vien-tren-1000-dang-vien/');
  });
  it('escapes XML', () => expect(escapeXml('“a” < b & "c"')).toBe('“a” &lt; b &amp; &quot;c&quot;'));
});
