import { describe, expect, it } from 'vitest';
import { headingDepth } from '../../../src/lib/edition/heading-depth.ts';
import { escapeMdx, importReport } from '../../../src/lib/edition/import.ts';

describe('heading detection', () => {
  it('maps numbering schemes to heading depth', () => {
    expect(headingDepth('Phần thứ nhất')).toBe(2);
    expect(headingDepth('PHẦN THỨ HAI')).toBe(2);
    expect(headingDepth('I. NHỮNG KẾT QUẢ ĐẠT ĐƯỢC')).toBe(3);
    expect(headingDepth('1. Đẩy mạnh phát triển kinh tế')).toBe(4);
    expect(headingDepth('1.1. Kết quả')).toBe(5);
    expect(headingDepth('5.2.1. Đối với Hội đồng nhân dân')).toBe(6);
  });
  it('keeps numbered list paragraphs as paragraphs', () => {
    expect(headingDepth('1. Căn cứ vào kết quả thảo luận, kết luận của Đại hội. Ban chấp hành có trách nhiệm hoàn chỉnh.')).toBe(0);
    expect(headingDepth('6. Dự báo đúng tình hình, chú trọng công tác nắm bắt,')).toBe(0);
    expect(headingDepth('Một là, phát huy sức mạnh tổng hợp')).toBe(0);
  });
});

describe('importReport', () => {
  it('rejoins a sentence cut by a page break with footnotes printed in between', () => {
    const source = 'Nghị quyết được triển khai một\n\n¹ Lời chú thích.\n\ncách nghiêm túc¹, hiệu quả.\n';
    const { mdx } = importReport(source);
    expect(mdx).toContain('Nghị quyết được triển khai một cách nghiêm túc[^1], hiệu quả.');
    expect(mdx).toContain('[^1]: Lời chú thích.');
  });
  it('turns both marker forms into footnote references', () => {
    expect(importReport('Có 106 tổ chức⁽⁶⁾. Đến nay.\n\n⁶ Chú thích.').mdx).toContain('tổ chức[^6]. Đến nay.');
  });
  it('does not join a new numbered item onto the paragraph before it', () => {
    const { mdx } = importReport('- 4.9. Tỷ lệ đạt 82%\n\n4.10. Ủy ban hoàn thành tốt nhiệm vụ trở lên.');
    expect(mdx.split('\n\n')).toHaveLength(2);
  });
  it('warns where a paragraph ends without punctuation and could not be joined', () => {
    const { warnings } = importReport('Câu bị cắt của\n\nQuận ủy. Tiếp theo.');
    expect(warnings.join()).toMatch(/dòng 1:/);
  });
  it('escapes what MDX would execute and keeps numbers as printed', () => {
    expect(escapeMdx('a {b} <c>')).toBe('a \\{b\\} \\<c\\>');
    expect(escapeMdx('1. Kịp thời nắm bắt')).toBe('1\\. Kịp thời nắm bắt');
  });
});

describe('a pasted web article', () => {
  const page = [
    'Trang chủ > Tin tức > Công tác đảng',
    'Chủ nhật, 3 Tháng 11 2019 16:05 | 812 lượt xem',
    'Bài, ảnh: Trần Thu Hà',
    'PHƯỜNG TỔ CHỨC HỘI NGHỊ TỔNG KẾT CÔNG TÁC DÂN VẬN',
    '',
    'Trong năm, các chi bộ đã tổ chức 14 buổi đối thoại với nhân dân về quy tắc ứng xử nơi công cộng, thu hút đông đảo người tham gia(1).',
    '',
    'Tin liên quan',
    'Hội nghị sơ kết 6 tháng đầu năm',
    '(1) Theo báo cáo của Ban Dân vận Quận ủy.',
  ].join('\n');
  it('leaves breadcrumb, date-and-counter line and related titles out, takes the byline, keeps the article’s own notes', () => {
    const { mdx, masthead } = importReport(page);
    expect(masthead.title).toBe('PHƯỜNG TỔ CHỨC HỘI NGHỊ TỔNG KẾT CÔNG TÁC DÂN VẬN');
    expect(masthead.date).toBe('2019-11-03');
    expect(masthead.author).toBe('Trần Thu Hà');
    expect(masthead.omitted.map((o) => o.text)).toEqual(
      expect.arrayContaining(['Trang chủ > Tin tức > Công tác đảng', 'Hội nghị sơ kết 6 tháng đầu năm']),
    );
    expect(mdx).not.toMatch(/lượt xem|Trang chủ|Tin liên quan/u);
    expect(mdx).toContain('(1) Theo báo cáo của Ban Dân vận Quận ủy.');
  });
});
