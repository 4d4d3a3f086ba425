import { describe, expect, it } from 'vitest';
import { parseEdition } from '../../../src/lib/edition/parse.ts';

const sample = `---
title: x
---

## <span class="part-label">Phần thứ nhất</span> KẾT QUẢ

Đoạn **một** có chú thích[^1].

- Mục danh sách.

<PhotoCaption>Chú thích ảnh.</PhotoCaption>

#### 1. Kết quả

Đoạn hai.

#### 1. Kết quả

[^1]: Lời chú thích *nghiêng*.
`;

describe('block ids', () => {
  const { blocks } = parseEdition(sample);
  it('numbers paragraphs, list items and captions in document order', () => {
    expect(blocks.filter((b) => b.kind === 'paragraph').map((b) => [b.id, b.text])).toEqual([
      ['p-1', 'Đoạn một có chú thích.'],
      ['p-2', 'Mục danh sách.'],
      ['p-3', 'Chú thích ảnh.'],
      ['p-4', 'Đoạn hai.'],
    ]);
  });
  it('gives headings readable unique slugs', () => {
    expect(blocks.filter((b) => b.kind === 'heading').map((b) => b.id)).toEqual(['phan-thu-nhat-ket-qua', '1-ket-qua', '1-ket-qua-2']);
  });
  it('lists footnotes under their GFM ids with plain text', () => {
    expect(blocks.find((b) => b.kind === 'footnote')).toEqual({ id: 'fn-1', kind: 'footnote', text: 'Lời chú thích nghiêng.' });
  });
  it('is deterministic', () => {
    expect(parseEdition(sample).blocks).toEqual(blocks);
  });
  it('never gives a heading an id a paragraph, footnote or figure has', () => {
    const headings = parseEdition('#### P 2\n\n#### FN 1\n\n#### Số liệu NTL 63\n\n#### Số liệu thống kê\n')
      .blocks.filter((b) => b.kind === 'heading')
      .map((b) => b.id);
    expect(headings).toEqual(['muc-p-2', 'muc-fn-1', 'muc-so-lieu-ntl-63', 'so-lieu-thong-ke']);
  });
  it('never gives a heading an id the report page gives its own parts or its data notes', () => {
    const headings = parseEdition('## Mục lục\n\n## Trích dẫn\n\n## Ghi chú NTL 12\n\n## Nội dung\n')
      .blocks.filter((b) => b.kind === 'heading')
      .map((b) => b.id);
    expect(headings).toEqual(['muc-muc-luc', 'muc-trich-dan', 'muc-ghi-chu-ntl-12', 'muc-noi-dung']);
  });
  it('keeps the words of the closing, which are no citable block', () => {
    const { closing, blocks: withClosing } = parseEdition(
      'Đoạn.\n\n<Closing recipients={["Ban Thường vụ;", "Lưu"]} signatureTitle={["T/M BAN CHẤP HÀNH"]} signer="Phan Việt Hưng" />\n',
    );
    expect(closing).toEqual(['Ban Thường vụ;', 'Lưu', 'T/M BAN CHẤP HÀNH', 'Phan Việt Hưng']);
    expect(withClosing.map((b) => b.id)).toEqual(['p-1']);
  });
});
