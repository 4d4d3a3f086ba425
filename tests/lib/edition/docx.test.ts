import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/lib/data/dataset.ts';
import { importDocx } from '../../../src/lib/edition/docx.ts';
import { missingSentences } from '../../../src/lib/edition/fidelity.ts';
import { makeDocx, type DocxParagraph } from '../../support/docx.ts';
import { pageText } from '../../support/edition-text.ts';

const areas = loadDataset().dataset.areas;
const options = {
  slug: 'phuong-mau-so-ket-2025',
  sourceFile: 'phuong-mau-so-ket-2025.txt',
  originalName: 'Bao cao so ket.docx',
  areas,
  area: 'duc-giang',
};

/** A ward committee's half-year report as Word writes it: masthead lines, a Title, Heading 1 and 2, bold and italic runs, a footnote, a bulleted list. */
export const REPORT: DocxParagraph[] = [
  { runs: ['ĐẢNG BỘ THÀNH PHỐ HÀ NỘI'] },
  { runs: ['ĐẢNG ỦY PHƯỜNG MẪU'] },
  { runs: ['ĐẢNG CỘNG SẢN VIỆT NAM'] },
  { runs: ['Số 12-BC/ĐU'] },
  { runs: ['Phường Mẫu, ngày 15 tháng 7 năm 2025'] },
  { runs: ['BÁO CÁO'] },
  { style: 'Title', runs: ['Kết quả công tác xây dựng Đảng 6 tháng đầu năm 2025'] },
  { style: 'Heading1', runs: ['I. KẾT QUẢ ĐẠT ĐƯỢC'] },
  { style: 'Heading2', runs: ['1. Công tác tổ chức xây dựng Đảng'] },
  {
    runs: [
      '6 tháng đầu năm 2025, Đảng ủy đã kết nạp ',
      { text: '48 đảng viên', bold: true },
      ', đạt 96% kế hoạch năm',
      { footnote: 'Theo Kế hoạch số 05-KH/ĐU, chỉ tiêu năm 2025 là 50 đảng viên.' },
      '. Toàn Đảng bộ hiện có 3.215 đảng viên sinh hoạt tại 52 chi bộ.',
    ],
  },
  { style: 'ListParagraph', runs: ['Tổ chức 14 lớp bồi dưỡng lý luận chính trị cho 1.260 lượt đảng viên;'] },
  { style: 'ListParagraph', runs: ['Kiểm tra 9 tổ chức đảng và 21 đảng viên khi có dấu hiệu vi phạm.'] },
  { style: 'Heading1', runs: ['II. NHIỆM VỤ 6 THÁNG CUỐI NĂM'] },
  {
    runs: [{ text: 'Tiếp tục', italic: true }, ' nâng cao chất lượng sinh hoạt chi bộ, phấn đấu 100% chi bộ xếp loại hoàn thành nhiệm vụ.'],
  },
];

describe('import of a .docx', async () => {
  const result = await importDocx(makeDocx(REPORT), options);
  const { edition, meta, text } = pageText(result.mdx);

  it('writes the plain-text source line by line, footnote markers and footnotes as in the other sources', () => {
    expect(result.source).toContain('6 tháng đầu năm 2025, Đảng ủy đã kết nạp 48 đảng viên, đạt 96% kế hoạch năm¹. Toàn Đảng bộ');
    expect(result.source).toContain('\n- Tổ chức 14 lớp bồi dưỡng');
    expect(result.source.trimEnd().split('\n').at(-1)).toBe('¹ Theo Kế hoạch số 05-KH/ĐU, chỉ tiêu năm 2025 là 50 đảng viên.');
  });

  it('reads the masthead into the frontmatter', () => {
    expect(meta).toMatchObject({
      title: 'Kết quả công tác xây dựng Đảng 6 tháng đầu năm 2025',
      issuerPrinted: ['ĐẢNG BỘ THÀNH PHỐ HÀ NỘI', 'ĐẢNG ỦY PHƯỜNG MẪU'],
      motto: 'ĐẢNG CỘNG SẢN VIỆT NAM',
      documentNumber: 'Số 12-BC/ĐU',
      datePrinted: 'Phường Mẫu, ngày 15 tháng 7 năm 2025',
      date: '2025-07-15',
      kindPrinted: 'BÁO CÁO',
      documentType: 'bao-cao',
      source: { file: 'phuong-mau-so-ket-2025.txt', originalName: 'Bao cao so ket.docx' },
    });
  });

  it('keeps the document’s headings, emphasis, footnote and list', () => {
    expect(result.mdx).toContain('\n## I. KẾT QUẢ ĐẠT ĐƯỢC\n');
    expect(result.mdx).toContain('\n### 1. Công tác tổ chức xây dựng Đảng\n');
    expect(result.mdx).toContain('đã kết nạp **48 đảng viên**, đạt 96% kế hoạch năm[^1].');
    expect(result.mdx).toContain('[^1]: Theo Kế hoạch số 05-KH/ĐU');
    expect(result.mdx).toContain('- Tổ chức 14 lớp');
    expect(result.mdx).toContain('*Tiếp tục* nâng cao');
    expect(edition.blocks.filter((b) => b.kind === 'heading').map((b) => b.depth)).toEqual([2, 3, 2]);
    expect(edition.blocks.map((b) => b.id)).toContain('fn-1');
  });

  it('loses no sentence: the page holds every sentence of the source', () => {
    expect(
      missingSentences(
        result.source,
        text,
        (meta.omitted ?? []).map((o) => o.text),
      ),
    ).toEqual([]);
  });

  it('warns about tables, whose cells have no paragraph id', async () => {
    const withTable = await importDocx(
      makeDocx([
        ...REPORT,
        {
          table: [
            ['Chỉ tiêu', 'Kết quả'],
            ['Kết nạp đảng viên', '48'],
          ],
        },
      ]),
      options,
    );
    expect(withTable.mdx).toContain('| Kết nạp đảng viên | 48 |');
    expect(withTable.warnings.join('\n')).toMatch(/bảng/);
  });
});
