import { describe, expect, it } from 'vitest';
import { formatTick } from '../../../src/lib/charts/format.ts';
import { escapeXml, textWidth, wrapText } from '../../../src/lib/charts/text.ts';
import { chartValueLabel, shareLabel } from '../../../src/lib/charts/spec.ts';

describe('vi-VN number formatting on charts', () => {
  it('groups thousands with "." and marks decimals with ","', () => {
    expect(formatTick(12000, 'lượt')).toBe('12.000');
    expect(formatTick(2.5, 'lớp')).toBe('2,5');
    expect(formatTick(40, '%')).toBe('40%');
    expect(formatTick(27_600_000_000, 'đồng')).toBe('27,6 tỷ');
    expect(formatTick(480_000_000, 'đồng')).toBe('480 tr');
  });
  it('labels values as printed, and computed rates to one decimal', () => {
    expect(chartValueLabel(11361, 'đảng viên')).toBe('11.361');
    expect(chartValueLabel(92.1, '%')).toBe('92,1%');
    expect(chartValueLabel(0.19, '‰')).toBe('0,19‰');
    expect(chartValueLabel(6_203_637_000_000, 'đồng')).toBe('6.203,637 tỷ');
    expect(chartValueLabel(147 / 3.25, 'lớp', 1)).toBe('45,2');
  });
  it('never rounds a small share of a whole down to 0%', () => {
    expect(shareLabel(20, 26)).toBe('76,9%');
    expect(shareLabel(8, 40366)).toBe('dưới 0,1%');
    expect(shareLabel(0, 10)).toBe('0%');
  });
});

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
  it('escapes XML', () => expect(escapeXml('“a” < b & "c"')).toBe('“a” &lt; b &amp; &quot;c&quot;'));
});
