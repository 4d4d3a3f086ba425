import { describe, expect, it } from 'vitest';
import { siteData } from '../../../src/lib/data/site-data.ts';
import { reportCitation } from '../../../src/lib/reports/citation.ts';

const meta = (slug: string) => siteData().reports.get(slug)!.meta;

describe('reportCitation', () => {
  it('names issuer, title, number, date and the address, in the newsroom order', () => {
    const citation = reportCitation(meta('nam-tu-liem-giua-nhiem-ky-2023'), 'nam-tu-liem-giua-nhiem-ky-2023');
    expect(citation).toMatch(/^Ban Thường vụ Quận ủy Nam Từ Liêm, “/);
    expect(citation).toContain('Số 274/BC/QU');
    expect(citation).toContain('10/4/2023');
    expect(citation).toMatch(/Bản điện tử: Báo cáo mở, https:\/\/baocaomo\.vn\/bao-cao\/nam-tu-liem-giua-nhiem-ky-2023\/$/);
  });
  it('links a paragraph when given one, and says when a draft or an undated text is cited', () => {
    expect(reportCitation(meta('duc-giang-bao-cao-chinh-tri-2020'), 'duc-giang-bao-cao-chinh-tri-2020', 'p-12')).toMatch(
      /bản dự thảo\. .*#p-12$/,
    );
    expect(reportCitation(meta('dong-da-giua-nhiem-ky'), 'dong-da-giua-nhiem-ky')).toContain('không ghi ngày');
  });
});
